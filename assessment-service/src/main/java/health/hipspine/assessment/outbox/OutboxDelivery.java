package health.hipspine.assessment.outbox;

import health.hipspine.assessment.repository.OutboxEventEntity;
import health.hipspine.assessment.repository.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One relay round in ONE database transaction: claim unsent rows ({@code FOR UPDATE SKIP LOCKED}),
 * send them, wait for the broker's acknowledgements, and mark exactly the acknowledged rows sent. A
 * row whose send failed stays unsent (attempts and last error recorded); nothing is marked before
 * the broker has it.
 */
@ApplicationScoped
public class OutboxDelivery {

    private final OutboxRepository outbox;

    public OutboxDelivery(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    public record Round(int sent, int failed, String lastError) {
    }

    @Transactional(rollbackOn = InterruptedException.class)
    public Round deliverOnce(EventPublisher publisher, int batchSize, Duration deliveryTimeout) throws InterruptedException {
        List<OutboxEventEntity> claimed = outbox.claimUnsentOfAllClinics(batchSize);
        if (claimed.isEmpty()) {
            return new Round(0, 0, null);
        }
        List<CompletableFuture<?>> acks = new ArrayList<>(claimed.size());
        for (OutboxEventEntity row : claimed) {
            acks.add(publisher.publish(row));
        }
        int sent = 0;
        int failed = 0;
        String lastError = null;
        long deadline = System.nanoTime() + deliveryTimeout.toNanos() + TimeUnit.SECONDS.toNanos(5);
        Instant now = Instant.now();
        for (int i = 0; i < claimed.size(); i++) {
            OutboxEventEntity row = claimed.get(i);
            row.attempts++;
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                row.sentAt = now;
                sent++;
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                lastError = cause.getClass().getSimpleName();
                row.lastError = lastError;
                failed++;
            }
        }
        return new Round(sent, failed, lastError);
    }
}
