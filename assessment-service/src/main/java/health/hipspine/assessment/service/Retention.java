package health.hipspine.assessment.service;

import health.hipspine.assessment.config.OutboxConfig;
import health.hipspine.assessment.repository.IdempotencyKeyRepository;
import health.hipspine.assessment.repository.OutboxRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.function.IntSupplier;

/**
 * Deletes what is kept only for a while: outbox rows sent more than {@code assessment.outbox.retention.sent-events}
 * ago (7 days) and Idempotency-Keys older than {@code …idempotency-keys} (24 h), in batches of
 * {@code …batch-size}, each its own short transaction. Every instance runs it; deletes by age are idempotent, so
 * two at once only share the work. Parked rows are never deleted.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final OutboxRepository outbox;
    private final IdempotencyKeyRepository idempotencyKeys;
    private final OutboxConfig.Retention config;

    public Retention(OutboxRepository outbox, IdempotencyKeyRepository idempotencyKeys, OutboxConfig config) {
        this.outbox = outbox;
        this.idempotencyKeys = idempotencyKeys;
        this.config = config.retention();
    }

    /** What one run deleted. */
    public record Deleted(long sentEvents, long idempotencyKeys) {
    }

    @Scheduled(identity = "retention", every = "${assessment.outbox.retention.every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Deleted deleted = runOnce(Instant.now());
        if (deleted.sentEvents() + deleted.idempotencyKeys() > 0) {
            LOG.infof("retention deleted %d sent outbox row(s) and %d idempotency key(s)", deleted.sentEvents(), deleted.idempotencyKeys());
        }
    }

    public Deleted runOnce(Instant now) {
        Instant sentBefore = now.minus(config.sentEvents());
        Instant keysBefore = now.minus(config.idempotencyKeys());
        return new Deleted(inBatches(() -> outbox.deleteSentBefore(sentBefore, config.batchSize())),
                inBatches(() -> idempotencyKeys.deleteCreatedBefore(keysBefore, config.batchSize())));
    }

    private long inBatches(IntSupplier batch) {
        long total = 0;
        int deleted;
        do {
            deleted = batch.getAsInt();
            total += deleted;
        } while (deleted == config.batchSize());
        return total;
    }
}
