package health.hipspine.assessment.outbox;

import health.hipspine.assessment.config.OutboxConfig;
import health.hipspine.assessment.repository.OutboxEventEntity;
import health.hipspine.assessment.repository.OutboxRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RetriableException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One relay round in three steps, none holding a transaction across Kafka I/O: lease a batch of pending rows
 * (a short transaction), send them all and wait for the broker's acknowledgements with a bounded timeout (no
 * transaction), then mark the acknowledged rows sent and record the failures (short transactions). Nothing is
 * marked before the broker has it. A relay that dies between send and mark leaves its rows leased; when the
 * lease expires another round sends them again (at-least-once; consumers de-duplicate on the event id).
 */
@ApplicationScoped
public class OutboxDelivery {

    private final OutboxRepository outbox;
    private final OutboxConfig.Relay config;
    private final Counter parked;

    public OutboxDelivery(OutboxRepository outbox, OutboxConfig config, MeterRegistry metrics) {
        this.outbox = outbox;
        this.config = config.relay();
        this.parked = Counter.builder("assessment.outbox.parked")
                .description("Outbox events parked after repeated permanent failures").register(metrics);
    }

    /** {@code claimed}: rows leased this round; {@code sent + failed <= claimed} (rows not tried are neither). */
    public record Round(int claimed, int sent, int failed, int parked, String lastError) {

        boolean everythingFailed() {
            return sent == 0 && failed > 0;
        }
    }

    public Round deliverOnce(EventPublisher publisher, String owner) throws InterruptedException {
        Instant now = Instant.now();
        List<OutboxEventEntity> leased = outbox.leasePendingOfAllClinics(owner, config.batchSize(), now, now.plus(config.lease()));
        if (leased.isEmpty()) {
            return new Round(0, 0, 0, 0, null);
        }
        List<CompletableFuture<?>> acks = new ArrayList<>(leased.size());
        for (OutboxEventEntity row : leased) {
            CompletableFuture<?> ack = send(publisher, row);
            acks.add(ack);
            if (ack.isCompletedExceptionally() && isTransient(cause(ack))) {
                // the broker is away (send() blocked for max.block.ms): the rest would each block as long
                break;
            }
        }
        List<Long> sent = new ArrayList<>();
        List<OutboxRepository.Failure> failures = new ArrayList<>();
        String lastError = null;
        long deadline = System.nanoTime() + config.deliveryTimeout().toNanos() + TimeUnit.SECONDS.toNanos(5);
        for (int i = 0; i < leased.size(); i++) {
            long seq = leased.get(i).seq;
            if (i >= acks.size()) {
                failures.add(new OutboxRepository.Failure(seq, null, false));
                continue;
            }
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sent.add(seq);
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                lastError = cause.getClass().getSimpleName();
                failures.add(new OutboxRepository.Failure(seq, lastError, !isTransient(cause)));
            }
        }
        Instant done = Instant.now();
        outbox.markSent(sent, done);
        int parkedNow = failures.isEmpty() ? 0 : outbox.recordFailures(owner, failures, config.maxFailures(), done);
        parked.increment(parkedNow);
        int failed = (int) failures.stream().filter(f -> f.error() != null).count();
        return new Round(leased.size(), sent.size(), failed, parkedNow, lastError);
    }

    /** A row whose event cannot even be built or handed to the producer fails alone, not the whole round. */
    private static CompletableFuture<?> send(EventPublisher publisher, OutboxEventEntity row) {
        try {
            return publisher.publish(row);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Throwable cause(CompletableFuture<?> failed) {
        try {
            failed.join();
            return null;
        } catch (CompletionException e) {
            return e.getCause();
        } catch (RuntimeException e) {
            return e;
        }
    }

    /**
     * A failure of the broker or the connection to it, not of this record: it never counts towards parking
     * (a Kafka outage must not park the whole outbox). Authentication and authorisation failures are the
     * deployment's, equally for every row.
     */
    static boolean isTransient(Throwable failure) {
        return failure == null || failure instanceof RetriableException || failure instanceof TimeoutException
                || failure instanceof AuthenticationException || failure instanceof AuthorizationException
                || failure instanceof InterruptException;
    }
}
