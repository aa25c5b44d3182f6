package health.hipspine.report.service;

import health.hipspine.events.AssessmentEvents;
import health.hipspine.kit.audit.AuditAction;
import health.hipspine.kit.audit.AuditEvent;
import health.hipspine.kit.audit.AuditOutcome;
import health.hipspine.kit.audit.AuditTrail;
import health.hipspine.report.client.DeadLetterTopic;
import health.hipspine.report.deadletter.DeadLetter;
import health.hipspine.report.deadletter.DeadLetterRecords;
import health.hipspine.report.repository.DeadLetterRedriveEntity;
import health.hipspine.report.repository.DeadLetterRedriveRepository;
import health.hipspine.kit.caller.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Admin use cases on events the consumer could not process: list them, re-drive one. Audited. */
@ApplicationScoped
public class DeadLetterService {

    /** The resource type of dead letters in the audit trail. */
    public static final String DEAD_LETTER = "dead-letter";

    private final DeadLetterTopic topic;
    private final DeadLetterRedriveRepository redrives;
    private final AuditTrail audit;
    private final Caller caller;

    public DeadLetterService(DeadLetterTopic topic, DeadLetterRedriveRepository redrives, AuditTrail audit, Caller caller) {
        this.topic = topic;
        this.redrives = redrives;
        this.audit = audit;
        this.caller = caller;
    }

    /** Newest first, at most {@code limit}, with their last re-drive; headers only, never the payload. */
    @Transactional
    public List<DeadLetter> list(int limit) {
        Map<String, DeadLetterRedriveEntity> redriven = redrives.latestByLetter();
        List<DeadLetter> letters = topic.readAll().reversed().stream()
                .limit(limit)
                .map(record -> {
                    DeadLetterRedriveEntity r = redriven.get(DeadLetterRecords.id(record));
                    return DeadLetterRecords.describe(record, r == null ? null : r.redrivenAt, r == null ? null : r.redrivenBy);
                })
                .toList();
        audit.record(AuditEvent.of(AuditAction.LIST, DEAD_LETTER, null, AuditOutcome.SUCCESS).withDetail(Map.of("returned", letters.size())));
        return letters;
    }

    /**
     * Re-publishes the letter's original record to {@code assessment-events} and logs who did it; empty when
     * there is no such letter. Safe to repeat: the consumer is idempotent.
     */
    @Transactional
    public Optional<DeadLetter> redrive(String letterId) {
        Optional<ConsumerRecord<String, byte[]>> letter = topic.find(letterId);
        if (letter.isEmpty()) {
            audit.record(AuditEvent.of(AuditAction.REDRIVE, DEAD_LETTER, letterId, AuditOutcome.NOT_FOUND).withStatus(404));
            return Optional.empty();
        }
        ConsumerRecord<String, byte[]> record = letter.get();
        topic.publish(DeadLetterRecords.redrive(record, AssessmentEvents.TOPIC));
        DeadLetterRedriveEntity logged = new DeadLetterRedriveEntity();
        logged.dlqPartition = record.partition();
        logged.dlqOffset = record.offset();
        logged.eventId = DeadLetterRecords.header(record, "ce_id");
        logged.redrivenBy = caller.subject();
        logged.redrivenAt = Instant.now();
        redrives.persist(logged);
        audit.record(AuditEvent.of(AuditAction.REDRIVE, DEAD_LETTER, letterId, AuditOutcome.SUCCESS).withStatus(202));
        return Optional.of(DeadLetterRecords.describe(record, logged.redrivenAt, logged.redrivenBy));
    }
}
