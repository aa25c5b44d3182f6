package health.hipspine.report.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.report.event.AssessmentEvent;
import health.hipspine.report.event.PoisonEventException;
import health.hipspine.report.service.ReportGeneration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Consumer group {@code report-service} on {@code assessment-events} (SmallRye Reactive Messaging: offsets,
 * rebalancing, the dead-letter topic and the Kafka client metrics come with it). Only a poison event nacks its
 * record: {@link PoisonEventException} (unreadable, schema-invalid, semantically impossible), which the
 * connector's dead-letter-queue strategy writes to {@code assessment-events.dlq} with the reason in the
 * {@code dead-letter-reason} header. A transient failure never gets here: {@link ReportGeneration#handle} waits
 * it out, the record stays unacknowledged and its offset uncommitted (docs/reliability.md, "Report consumer").
 */
@ApplicationScoped
public class AssessmentEventConsumer {

    private final ReportGeneration generation;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final Timer submitToReady;

    public AssessmentEventConsumer(ReportGeneration generation, ObjectMapper mapper, MeterRegistry registry) {
        this.generation = generation;
        this.mapper = mapper;
        this.registry = registry;
        this.submitToReady = Timer.builder("report.submit.to.ready")
                .description("From the event's time (ce_time: the assessment was accepted) to its report being READY")
                .publishPercentileHistogram().register(registry);
    }

    // unordered: records are independent (one report per assessment, guarded by the database), so several
    // render at once; the connector still commits offsets only up to the oldest unfinished one. The named pool
    // bounds that to a few renders (CPU-bound) instead of one thread and one database connection per record.
    @Incoming("assessment-events")
    @Blocking(value = "report-renderers", ordered = false)
    public void consume(ConsumerRecord<String, byte[]> record) {
        AssessmentEvent event;
        try {
            event = AssessmentEvent.parse(record.key(), record.headers(), record.value(), mapper);
        } catch (PoisonEventException e) {
            registry.counter("report.events", "outcome", "poison").increment();
            Log.warnf("dead-lettering record %d@%d of %s: %s", record.offset(), record.partition(), record.topic(), e.getMessage());
            throw e;
        }
        ReportGeneration.Outcome outcome = generation.handle(event);
        if (outcome == ReportGeneration.Outcome.CREATED) {
            eventTime(record).ifPresent(time -> submitToReady.record(Duration.between(time, Instant.now())));
        }
        Log.debugf("event %s: %s", event.eventId(), outcome);
    }

    /** ce_time (RFC 3339); an event without a readable one is simply not timed. */
    private static java.util.Optional<Instant> eventTime(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader("ce_time");
        if (header == null || header.value() == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(OffsetDateTime.parse(new String(header.value(), StandardCharsets.UTF_8)).toInstant());
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }
}
