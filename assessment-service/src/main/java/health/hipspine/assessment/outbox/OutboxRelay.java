package health.hipspine.assessment.outbox;

import health.hipspine.assessment.config.OutboxConfig;
import health.hipspine.assessment.repository.OutboxRepository;
import health.hipspine.events.AssessmentEvents;
import health.hipspine.kit.kafka.KafkaClientProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Moves outbox rows to Kafka. One dedicated thread runs {@link OutboxDelivery} rounds: lease a batch of
 * pending rows in a short transaction ({@code FOR UPDATE SKIP LOCKED}, so several instances never lease the
 * same row), send them outside any transaction, wait for the broker's acknowledgements and mark exactly the
 * acknowledged rows sent in another short transaction. The thread wakes on every committed assessment
 * ({@link #wakeUp()}) and otherwise polls, so submit-to-event latency is a few milliseconds. It backs off
 * only when a whole round failed (the broker is away); one bad row does not slow the others.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxDelivery delivery;
    private final OutboxRepository outbox;
    private final MeterRegistry metrics;
    private final OutboxConfig.Relay config;
    private final KafkaClientProperties kafka;
    private final Tracer tracer;

    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private EventPublisher publisher;
    private Counter published;
    private Counter failed;
    /** This instance's name on the rows it leases. */
    private final String owner = "relay-" + UUID.randomUUID();

    public OutboxRelay(OutboxDelivery delivery, OutboxRepository outbox, MeterRegistry metrics, OutboxConfig config,
            KafkaClientProperties kafka, Tracer tracer) {
        this.delivery = delivery;
        this.outbox = outbox;
        this.metrics = metrics;
        this.config = config.relay();
        this.kafka = kafka;
        this.tracer = tracer;
    }

    void start(@Observes StartupEvent startup) {
        published = metrics.counter("assessment.outbox.published");
        failed = metrics.counter("assessment.outbox.publish.failures");
        metrics.gauge("assessment.outbox.backlog", this, relay -> relay.outbox.backlogOfAllClinics(Instant.now()).unsent());
        metrics.gauge("assessment.outbox.oldest.unsent.seconds", this,
                relay -> relay.outbox.backlogOfAllClinics(Instant.now()).oldestAge().toMillis() / 1000.0);
        metrics.gauge("assessment.outbox.parked.rows", this, relay -> relay.outbox.backlogOfAllClinics(Instant.now()).parked());
        if (!config.enabled()) {
            LOG.info("outbox relay disabled by configuration");
            return;
        }
        Duration deliveryTimeout = config.deliveryTimeout();
        // a round lasts at most one blocked send (max.block.ms, 5 s), the delivery timeout and 5 s of slack;
        // a shorter lease would let another relay send the same rows while this one still waits for them
        if (config.lease().compareTo(deliveryTimeout.plusSeconds(15)) < 0) {
            throw new IllegalStateException("assessment.outbox.relay.lease must be at least delivery-timeout + 15 s");
        }
        int requestTimeout = (int) Math.min(deliveryTimeout.toMillis() / 2, 10_000);
        publisher = new EventPublisher(kafka, AssessmentEvents.TOPIC, Map.of(
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout.toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000), tracer);
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
                OutboxDelivery.Round round = delivery.deliverOnce(publisher, owner);
                published.increment(round.sent());
                failed.increment(round.failed());
                if (round.failed() > 0) {
                    LOG.warnf("%d event(s) not acknowledged by Kafka (%s), %d parked; the others stay in the outbox",
                            round.failed(), round.lastError(), round.parked());
                }
                if (round.everythingFailed()) {
                    // the broker is away: back off up to 5 s instead of spinning
                    backoff = Duration.ofMillis(Math.min(Math.max(backoff.toMillis() * 2, 200), 5_000));
                    sleep(backoff);
                    continue;
                }
                backoff = pollInterval;
                if (round.claimed() == config.batchSize()) {
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
