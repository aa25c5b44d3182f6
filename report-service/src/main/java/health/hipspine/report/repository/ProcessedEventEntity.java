package health.hipspine.report.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** A consumed CloudEvents id, written in the same transaction as the report it created. */
@Entity
@Immutable
@Table(name = "processed_event")
public class ProcessedEventEntity {

    @Id
    public String eventId;
    public UUID assessmentId;
    public UUID reportId;
    public Instant processedAt;

    public static ProcessedEventEntity of(String eventId, UUID assessmentId, UUID reportId, Instant at) {
        ProcessedEventEntity e = new ProcessedEventEntity();
        e.eventId = eventId;
        e.assessmentId = assessmentId;
        e.reportId = reportId;
        e.processedAt = at;
        return e;
    }
}
