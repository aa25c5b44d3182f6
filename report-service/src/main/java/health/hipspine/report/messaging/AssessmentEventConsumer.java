package health.hipspine.report.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.report.event.AssessmentEvent;
import health.hipspine.report.event.PoisonEventException;
import health.hipspine.report.service.ReportGeneration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Consumer group {@code report-service} on {@code assessment-events} (SmallRye Reactive Messaging: offsets,
 * rebalancing, the dead-letter topic and the Kafka client metrics come with it). Only a poison event nacks its
 * record: {@link PoisonEventException} (unreadable, schema-invalid, semantically impossible), which the
 * connector's dead-letter-queue strategy writes to {@code assessment-events.dlq} with the reason in the
 * {@code dead-letter-reason} header. A transient failure never gets here: {@link ReportGeneration#handle} waits
 * it out, the record stays unacknowledged and its offset uncommitted (docs/reliability.md, "Report consumer").
 * <p>
 * Tracing: each record is processed in a CONSUMER span {@code assessment-events process} whose parent is the
 * record's W3C {@code traceparent} header (written by assessment-service's outbox relay), so the render and the
 * content calls below it join the trace that began with the POST. The connector's own tracing is off for this
 * channel (application.properties): one consumer span per record, made current for the whole processing.
 */
@ApplicationScoped
public class AssessmentEventConsumer {

    private final ReportGeneration generation;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final Timer submitToReady;
    private final Tracer tracer;

    /** Reads W3C trace context from Kafka record headers. */
    private static final TextMapGetter<ConsumerRecord<String, byte[]>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<String, byte[]> record) {
            List<String> keys = new ArrayList<>();
            record.headers().forEach(h -> keys.add(h.key()));
            return keys;
        }

        @Override
        public String get(ConsumerRecord<String, byte[]> record, String key) {
            Header header = record == null ? null : record.headers().lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    public AssessmentEventConsumer(ReportGeneration generation, ObjectMapper mapper, MeterRegistry registry, Tracer tracer) {
        this.generation = generation;
        this.tracer = tracer;
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
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), record, HEADERS);
        Span span = tracer.spanBuilder(record.topic() + " process").setSpanKind(SpanKind.CONSUMER).setParent(parent)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.operation", "process")
                .setAttribute("messaging.kafka.destination.partition", record.partition())
                .setAttribute("messaging.kafka.message.offset", record.offset())
                .startSpan();
        String eventId = HEADERS.get(record, "ce_id");
        if (eventId != null) {
            span.setAttribute("messaging.message.id", eventId); // the CloudEvents id: an event UUID, nothing about the patient
        }
        try (Scope ignored = span.makeCurrent()) {
            process(record);
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    private void process(ConsumerRecord<String, byte[]> record) {
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
