package health.hipspine.report.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A re-drive of a dead letter (the letters themselves live on the Kafka topic). Append-only. */
@Entity
@Table(name = "dead_letter_redrive")
public class DeadLetterRedriveEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dlq_partition", nullable = false, updatable = false)
    public int dlqPartition;

    @Column(name = "dlq_offset", nullable = false, updatable = false)
    public long dlqOffset;

    @Column(name = "event_id", updatable = false)
    public String eventId;

    @Column(name = "redriven_by", nullable = false, updatable = false)
    public String redrivenBy;

    @Column(name = "redriven_at", nullable = false, updatable = false)
    public Instant redrivenAt;

    /** The letter's id on the dead-letter topic: {@code partition-offset}. */
    public String letterId() {
        return dlqPartition + "-" + dlqOffset;
    }
}
