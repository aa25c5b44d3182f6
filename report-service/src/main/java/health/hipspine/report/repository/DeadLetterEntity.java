package health.hipspine.report.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A letter on the dead-letter topic, indexed by its {@code partition-offset} there: headers and status, no payload. */
@Entity
@Table(name = "dead_letter")
public class DeadLetterEntity {

    public enum Status { DEAD, REDRIVEN }

    @Id
    public String id;
    public int dlqPartition;
    public long dlqOffset;
    public String eventId;
    public String eventType;
    public String assessmentId;
    public String clinicId;
    public String reason;
    public String cause;
    public String originalTopic;
    public String originalPartition;
    public String originalOffset;
    public Instant deadLetteredAt;
    public Instant indexedAt;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Instant redrivenAt;
    public String redrivenBy;
    /** The letter this record was re-driven from, when it came back after that re-drive. */
    public String redriveOf;

    public void redriven(String by, Instant at) {
        status = Status.REDRIVEN;
        redrivenBy = by;
        redrivenAt = at;
    }
}
