package health.hipspine.assessment.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * One outbox row: written in the transaction that stores the assessment; {@code sentAt} is set (status
 * {@code SENT}) only after the broker acknowledged. {@code id} becomes the CloudEvents id, {@code aggregateId} (the
 * assessment id) the Kafka key and the CloudEvents subject. The payload is the event's JSON, stored
 * and published as serialised once.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, updatable = false)
    public UUID id;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    public UUID aggregateId;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    public String clinicId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String type;

    /** The event's JSON as written (a String attribute of a JSON column is passed through unchanged). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutboxStatus status = OutboxStatus.PENDING;

    /** Failures that count towards parking (permanent ones; a broker outage never parks a row). */
    @Column(nullable = false)
    public int failures;

    /** The relay instance that leased the row, and until when; another relay may claim it after that. */
    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "leased_until")
    public Instant leasedUntil;

    @Column(name = "parked_at")
    public Instant parkedAt;

    /** W3C trace context of the request that accepted the assessment (null when tracing was off). */
    @Column(updatable = false)
    public String traceparent;

    @Column(updatable = false)
    public String tracestate;

    protected OutboxEventEntity() {
    }

    public OutboxEventEntity(UUID aggregateId, String clinicId, String type, String payload, Instant createdAt,
            String traceparent, String tracestate) {
        this.id = UUID.randomUUID();
        this.traceparent = traceparent;
        this.tracestate = tracestate;
        this.aggregateId = aggregateId;
        this.clinicId = clinicId;
        this.type = type;
        this.payload = payload;
        this.createdAt = createdAt;
    }
}
