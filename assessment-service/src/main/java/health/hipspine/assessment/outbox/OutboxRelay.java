package health.hipspine.assessment.outbox;

import health.hipspine.events.AssessmentEvents;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Moves outbox rows to Kafka. One dedicated thread claims a batch of unsent rows with
 * {@code FOR UPDATE SKIP LOCKED} (so several instances never publish the same row at once), sends
 * them, waits for the broker's acknowledgements and marks exactly the acknowledged rows sent in the
 * same database transaction that holds the claim. A row whose send failed stays unsent and is tried
 * again; nothing is marked before the broker has it. The thread wakes on every committed assessment
 * ({@link #wakeUp()}) and otherwise polls, so submit-to-event latency is a few milliseconds.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "assessment.outbox.relay.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "assessment.outbox.relay.poll-interval", defaultValue = "PT0.5S")
    Duration pollInterval;

    @ConfigProperty(name = "assessment.outbox.relay.batch-size", defaultValue = "200")
    int batchSize;

    /** How long one send may wait for the broker before the row is left for the next round. */
    @ConfigProperty(name = "assessment.outbox.relay.delivery-timeout", defaultValue = "PT30S")
    Duration deliveryTimeout;

    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private EventPublisher publisher;
    private Counter published;
    private Counter failed;

    void start(@Observes StartupEvent startup) {
        published = metrics.counter("assessment.outbox.published");
        failed = metrics.counter("assessment.outbox.publish.failures");
        metrics.gauge("assessment.outbox.backlog", this, relay -> relay.outbox.backlog(Instant.now()).unsent());
        metrics.gauge("assessment.outbox.oldest.unsent.seconds", this,
                relay -> relay.outbox.backlog(Instant.now()).oldestAge().toMillis() / 1000.0);
        if (!enabled) {
            LOG.info("outbox relay disabled by configuration");
            return;
        }
        int requestTimeout = (int) Math.min(deliveryTimeout.toMillis() / 2, 10_000);
        publisher = new EventPublisher(bootstrapServers, AssessmentEvents.TOPIC, Map.of(
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout.toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000));
        running = true;
        thread = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        wakeUp();
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (publisher != null) {
            publisher.close();
        }
    }

    /** Called after an assessment committed: publish now rather than at the next poll. */
    public void wakeUp() {
        wakeups.release();
    }

    private void run() {
        Duration backoff = pollInterval;
        while (running) {
            try {
                Round round = relayOnce();
                if (round.failed() > 0) {
                    // the broker is away: back off up to 5 s instead of spinning
                    backoff = Duration.ofMillis(Math.min(Math.max(backoff.toMillis() * 2, 200), 5_000));
                    sleep(backoff);
                    continue;
                }
                backoff = pollInterval;
                if (round.sent() == batchSize) {
                    continue; // more may be waiting
                }
            } catch (RuntimeException | SQLException e) {
                LOG.warnf("outbox relay round failed: %s", e.getClass().getSimpleName());
                sleep(Duration.ofSeconds(1));
            }
            try {
                wakeups.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeups.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    record Round(int sent, int failed) {
    }

    /** One claim-send-acknowledge-mark round in one database transaction. */
    Round relayOnce() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<OutboxEvent> claimed = claim(c);
                if (claimed.isEmpty()) {
                    c.commit();
                    return new Round(0, 0);
                }
                List<CompletableFuture<?>> acks = new ArrayList<>(claimed.size());
                for (OutboxEvent row : claimed) {
                    acks.add(publisher.publish(row));
                }
                List<Long> sent = new ArrayList<>();
                List<Long> notSent = new ArrayList<>();
                String lastError = null;
                long deadline = System.nanoTime() + deliveryTimeout.toNanos() + TimeUnit.SECONDS.toNanos(5);
                for (int i = 0; i < claimed.size(); i++) {
                    try {
                        acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                        sent.add(claimed.get(i).seq());
                    } catch (ExecutionException | TimeoutException e) {
                        notSent.add(claimed.get(i).seq());
                        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                        lastError = cause.getClass().getSimpleName();
                    }
                }
                mark(c, "UPDATE outbox_event SET sent_at = now(), attempts = attempts + 1 WHERE seq = ANY(?)", sent, null);
                mark(c, "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE seq = ANY(?)", notSent, lastError);
                c.commit();
                published.increment(sent.size());
                if (!notSent.isEmpty()) {
                    failed.increment(notSent.size());
                    LOG.warnf("%d event(s) not acknowledged by Kafka (%s); they stay in the outbox", notSent.size(), lastError);
                }
                return new Round(sent.size(), notSent.size());
            } catch (InterruptedException e) {
                c.rollback();
                Thread.currentThread().interrupt();
                return new Round(0, 0);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private List<OutboxEvent> claim(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("""
                SELECT seq, id, aggregate_id, clinic_id, event_type, payload::text, created_at
                FROM outbox_event WHERE sent_at IS NULL ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED""")) {
            select.setInt(1, batchSize);
            List<OutboxEvent> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxEvent(rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
                }
            }
            return rows;
        }
    }

    private static void mark(Connection c, String sql, List<Long> seqs, String error) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(sql)) {
            Array array = c.createArrayOf("bigint", seqs.toArray());
            int i = 1;
            if (error != null) {
                update.setString(i++, error);
            }
            update.setArray(i, array);
            update.executeUpdate();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
