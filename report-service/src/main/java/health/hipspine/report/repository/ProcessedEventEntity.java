package health.hipspine.report.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A consumed CloudEvents id, written in the same transaction as the report it created. */
@Entity
@Table(name = "processed_event")
public class ProcessedEventEntity {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(name = "processed_at", nullable = false)
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
