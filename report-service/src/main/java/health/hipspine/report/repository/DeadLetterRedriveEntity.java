package health.hipspine.report.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** A re-drive of a dead letter (the letters themselves live on the Kafka topic). Append-only. */
@Entity
@Immutable
@Table(name = "dead_letter_redrive")
public class DeadLetterRedriveEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public int dlqPartition;
    public long dlqOffset;
    public String eventId;
    public String redrivenBy;
    public Instant redrivenAt;

    /** The letter's id on the dead-letter topic: {@code partition-offset}. */
    public String letterId() {
        return dlqPartition + "-" + dlqOffset;
    }
}
