package health.hipspine.assessment.outbox;

import health.hipspine.assessment.config.OutboxConfig;
import health.hipspine.assessment.repository.OutboxRepository;
import health.hipspine.events.AssessmentEvents;
import health.hipspine.kit.kafka.KafkaClientProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Moves outbox rows to Kafka. One dedicated thread runs {@link OutboxDelivery} rounds: claim a batch
 * of unsent rows with {@code FOR UPDATE SKIP LOCKED} (so several instances never publish the same row
 * at once), send them, wait for the broker's acknowledgements and mark exactly the acknowledged rows
 * sent in the same transaction that holds the claim. The thread wakes on every committed assessment
 * ({@link #wakeUp()}) and otherwise polls, so submit-to-event latency is a few milliseconds.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxDelivery delivery;
    private final OutboxRepository outbox;
    private final MeterRegistry metrics;
    private final OutboxConfig.Relay config;
    private final KafkaClientProperties kafka;

    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private EventPublisher publisher;
    private Counter published;
    private Counter failed;

    public OutboxRelay(OutboxDelivery delivery, OutboxRepository outbox, MeterRegistry metrics, OutboxConfig config,
            KafkaClientProperties kafka) {
        this.delivery = delivery;
        this.outbox = outbox;
        this.metrics = metrics;
        this.config = config.relay();
        this.kafka = kafka;
    }

    void start(@Observes StartupEvent startup) {
        published = metrics.counter("assessment.outbox.published");
        failed = metrics.counter("assessment.outbox.publish.failures");
        metrics.gauge("assessment.outbox.backlog", this, relay -> relay.outbox.backlogOfAllClinics(Instant.now()).unsent());
        metrics.gauge("assessment.outbox.oldest.unsent.seconds", this,
                relay -> relay.outbox.backlogOfAllClinics(Instant.now()).oldestAge().toMillis() / 1000.0);
        if (!config.enabled()) {
            LOG.info("outbox relay disabled by configuration");
            return;
        }
        Duration deliveryTimeout = config.deliveryTimeout();
        int requestTimeout = (int) Math.min(deliveryTimeout.toMillis() / 2, 10_000);
        publisher = new EventPublisher(kafka, AssessmentEvents.TOPIC, Map.of(
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
        Duration pollInterval = config.pollInterval();
        Duration backoff = pollInterval;
        while (running) {
            try {
                OutboxDelivery.Round round = delivery.deliverOnce(publisher, config.batchSize(), config.deliveryTimeout());
                published.increment(round.sent());
                if (round.failed() > 0) {
                    failed.increment(round.failed());
                    LOG.warnf("%d event(s) not acknowledged by Kafka (%s); they stay in the outbox", round.failed(), round.lastError());
                    // the broker is away: back off up to 5 s instead of spinning
                    backoff = Duration.ofMillis(Math.min(Math.max(backoff.toMillis() * 2, 200), 5_000));
                    sleep(backoff);
                    continue;
                }
                backoff = pollInterval;
                if (round.sent() == config.batchSize()) {
                    continue; // more may be waiting
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
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

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
