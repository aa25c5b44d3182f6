package health.hipspine.report.service;

import health.hipspine.events.AssessmentEvents;
import health.hipspine.kit.audit.AuditAction;
import health.hipspine.kit.audit.AuditEvent;
import health.hipspine.kit.audit.AuditOutcome;
import health.hipspine.kit.audit.AuditTrail;
import health.hipspine.kit.caller.Caller;
import health.hipspine.kit.paging.Page;
import health.hipspine.kit.paging.PageRequest;
import health.hipspine.report.client.DeadLetterTopic;
import health.hipspine.report.deadletter.DeadLetter;
import health.hipspine.report.deadletter.DeadLetterRecords;
import health.hipspine.report.repository.DeadLetterEntity;
import health.hipspine.report.repository.DeadLetterRedriveEntity;
import health.hipspine.report.repository.DeadLetterRedriveRepository;
import health.hipspine.report.repository.DeadLetterRepository;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.BeforeRetry;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Admin use cases on events the consumer could not process: list them (paged from the PostgreSQL index), re-drive
 * one or many. Audited. The index is written by {@link #index} as letters reach the dead-letter topic.
 */
@ApplicationScoped
public class DeadLetterService {

    /** The resource type of dead letters in the audit trail. */
    public static final String DEAD_LETTER = "dead-letter";

    /** What a bulk re-drive did: the letters re-published, and the ids asked for that were not found or not dead. */
    public record BulkRedrive(List<DeadLetter> redriven, List<String> skipped) {
    }

    private final DeadLetterTopic topic;
    private final DeadLetterRepository letters;
    private final DeadLetterRedriveRepository redrives;
    private final AuditTrail audit;
    private final Caller caller;

    public DeadLetterService(DeadLetterTopic topic, DeadLetterRepository letters, DeadLetterRedriveRepository redrives,
            AuditTrail audit, Caller caller) {
        this.topic = topic;
        this.letters = letters;
        this.redrives = redrives;
        this.audit = audit;
        this.caller = caller;
    }

    /**
     * Records a letter read from the dead-letter topic; a second sight of it (redelivery) changes nothing. A
     * database failure is waited out like the consumer's (the indexer's offset is not committed meanwhile). Each
     * attempt is its own transaction (the retry must wrap the transaction, not run inside a broken one).
     */
    @Retry(maxRetries = -1, maxDuration = 0, delay = 200, jitter = 100)
    @ExponentialBackoff(maxDelay = 30_000)
    @BeforeRetry(TransientFailureRetries.class)
    public void index(ConsumerRecord<String, byte[]> record) {
        DeadLetter letter = DeadLetterRecords.describe(record, null, null);
        DeadLetterEntity row = new DeadLetterEntity();
        row.id = letter.id();
        row.dlqPartition = record.partition();
        row.dlqOffset = record.offset();
        row.eventId = letter.eventId();
        row.eventType = letter.eventType();
        row.assessmentId = letter.assessmentId();
        row.clinicId = letter.clinicId();
        row.reason = letter.reason();
        row.cause = letter.cause();
        row.originalTopic = letter.originalTopic();
        row.originalPartition = letter.originalPartition();
        row.originalOffset = letter.originalOffset();
        row.deadLetteredAt = letter.deadLetteredAt();
        row.redriveOf = letter.redriveOf();
        row.indexedAt = Instant.now();
        row.status = DeadLetterEntity.Status.DEAD;
        QuarkusTransaction.requiringNew().run(() -> {
            // a letter re-driven before the index existed keeps its last re-drive
            redrives.latestByLetter(row.dlqPartition, row.dlqOffset).ifPresent(earlier -> row.redriven(earlier.redrivenBy, earlier.redrivenAt));
            if (letters.insertIfAbsent(row)) {
                Log.infof("dead letter %s indexed (event %s): %s", row.id, row.eventId, row.reason);
            }
        });
    }

    /** Newest first, one page; {@code status} null means any. Headers only, never the payload. */
    @Transactional
    public Page<DeadLetter> list(DeadLetterEntity.Status status, PageRequest page) {
        Page<DeadLetter> result = letters.page(status, page).map(DeadLetterService::view);
        audit.record(AuditEvent.of(AuditAction.LIST, DEAD_LETTER, null, AuditOutcome.SUCCESS)
                .withDetail(Map.of("returned", result.items().size(), "total", (int) Math.min(result.total(), Integer.MAX_VALUE))));
        return result;
    }

    /**
     * Re-publishes the letter's original record to {@code assessment-events} and logs who did it; empty when
     * there is no such letter. Safe to repeat: the consumer is idempotent.
     */
    @Transactional
    public Optional<DeadLetter> redrive(String letterId) {
        Optional<DeadLetter> done = redriveOne(letterId, caller.subject());
        audit.record(done.isPresent()
                ? AuditEvent.of(AuditAction.REDRIVE, DEAD_LETTER, letterId, AuditOutcome.SUCCESS).withStatus(202)
                : AuditEvent.of(AuditAction.REDRIVE, DEAD_LETTER, letterId, AuditOutcome.NOT_FOUND).withStatus(404));
        return done;
    }

    /**
     * Re-drives the named letters, or (no ids) up to {@code max} letters not re-driven yet, oldest first, whose
     * reason contains {@code reasonContains}: e.g. everything a past outage dead-lettered. Without ids, a letter
     * that came back after a re-drive is left out (still poison; again and again would only feed the topic). One
     * audit entry per letter and one for the request.
     */
    @Transactional
    public BulkRedrive redriveAll(List<String> ids, String reasonContains, int max) {
        List<String> wanted = ids == null || ids.isEmpty()
                ? letters.deadForRedrive(reasonContains, max).stream().map(l -> l.id).toList()
                : ids.stream().distinct().limit(max).toList();
        List<DeadLetter> redriven = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        String by = caller.subject();
        for (String id : wanted) {
            Optional<DeadLetter> done = redriveOne(id, by);
            done.ifPresentOrElse(redriven::add, () -> skipped.add(id));
            audit.record(AuditEvent.of(AuditAction.REDRIVE, DEAD_LETTER, id, done.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.NOT_FOUND)
                    .withStatus(done.isPresent() ? 202 : 404).withDetail(Map.of("bulk", true)));
        }
        audit.record(AuditEvent.of(AuditAction.REDRIVE, DEAD_LETTER, null, AuditOutcome.SUCCESS).withStatus(202)
                .withDetail(Map.of("bulk", true, "redriven", redriven.size(), "skipped", skipped.size())));
        return new BulkRedrive(redriven, skipped);
    }

    private Optional<DeadLetter> redriveOne(String letterId, String by) {
        Optional<DeadLetterEntity> indexed = letters.lock(letterId);
        if (indexed.isEmpty()) {
            return Optional.empty();
        }
        Optional<ConsumerRecord<String, byte[]>> letter = topic.find(letterId);
        if (letter.isEmpty()) {
            return Optional.empty(); // indexed, but gone from the topic (retention)
        }
        ConsumerRecord<String, byte[]> record = letter.get();
        topic.publish(DeadLetterRecords.redrive(record, AssessmentEvents.TOPIC));
        DeadLetterRedriveEntity logged = new DeadLetterRedriveEntity();
        logged.dlqPartition = record.partition();
        logged.dlqOffset = record.offset();
        logged.eventId = DeadLetterRecords.header(record, "ce_id");
        logged.redrivenBy = by;
        logged.redrivenAt = Instant.now();
        redrives.persist(logged);
        DeadLetterEntity row = indexed.get();
        row.redriven(by, logged.redrivenAt);
        return Optional.of(view(row));
    }

    private static DeadLetter view(DeadLetterEntity l) {
        return new DeadLetter(l.id, l.eventId, l.eventType, l.assessmentId, l.clinicId, l.reason, l.cause, l.originalTopic,
                l.originalPartition, l.originalOffset, l.deadLetteredAt, l.redrivenAt, l.redrivenBy, l.redriveOf);
    }
}
