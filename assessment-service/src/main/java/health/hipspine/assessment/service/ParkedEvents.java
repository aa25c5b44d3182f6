package health.hipspine.assessment.service;

import health.hipspine.assessment.outbox.OutboxRelay;
import health.hipspine.assessment.repository.OutboxEventEntity;
import health.hipspine.assessment.repository.OutboxRepository;
import health.hipspine.kit.audit.AuditAction;
import health.hipspine.kit.audit.AuditEvent;
import health.hipspine.kit.audit.AuditOutcome;
import health.hipspine.kit.audit.AuditTrail;
import health.hipspine.kit.paging.Page;
import health.hipspine.kit.paging.PageRequest;
import health.hipspine.kit.paging.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The administrators' view of outbox events the relay parked (Kafka refused them too often), and their release
 * back to the relay. Both are audited. The payload (patient data) is never shown.
 */
@ApplicationScoped
public class ParkedEvents {

    /** The resource type of outbox events in the audit trail. */
    public static final String OUTBOX_EVENT = "outbox-event";

    private final OutboxRepository outbox;
    private final OutboxRelay relay;
    private final AuditTrail audit;

    public ParkedEvents(OutboxRepository outbox, OutboxRelay relay, AuditTrail audit) {
        this.outbox = outbox;
        this.relay = relay;
        this.audit = audit;
    }

    /** A parked row without its payload. */
    public record ParkedEvent(UUID eventId, UUID assessmentId, String clinicId, String eventType, Instant createdAt,
            int attempts, int failures, String lastError, Instant parkedAt) {

        static ParkedEvent of(OutboxEventEntity row) {
            return new ParkedEvent(row.id, row.aggregateId, row.clinicId, row.type, row.createdAt, row.attempts,
                    row.failures, row.lastError, row.parkedAt);
        }
    }

    /** Oldest first. */
    @Transactional
    public Page<ParkedEvent> list(PageRequest page) {
        Page<ParkedEvent> parked = Paging.page(outbox.parkedOfAllClinics(), page, ParkedEvent::of);
        audit.record(AuditEvent.of(AuditAction.LIST, OUTBOX_EVENT, null, AuditOutcome.SUCCESS)
                .withDetail(Map.of("returned", parked.items().size())));
        return parked;
    }

    /** Back to pending with a fresh failure count, and the relay woken; empty when no parked event has this id. */
    @Transactional
    public Optional<ParkedEvent> release(UUID eventId) {
        Optional<ParkedEvent> released = outbox.releaseParked(eventId).map(ParkedEvent::of);
        audit.record(released.isPresent()
                ? AuditEvent.of(AuditAction.REDRIVE, OUTBOX_EVENT, eventId.toString(), AuditOutcome.SUCCESS).withStatus(202)
                : AuditEvent.of(AuditAction.REDRIVE, OUTBOX_EVENT, eventId.toString(), AuditOutcome.NOT_FOUND).withStatus(404));
        if (released.isPresent()) {
            relay.wakeUp();
        }
        return released;
    }
}
