package health.hipspine.assessment.outbox;

import health.hipspine.assessment.repository.OutboxEventEntity;
import health.hipspine.events.AssessmentEvents;
import health.hipspine.kit.kafka.KafkaClientProperties;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.cloudevents.kafka.CloudEventSerializer;
import io.cloudevents.core.message.Encoding;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes outbox rows as CloudEvents 1.0 in Kafka binary mode: the attributes travel as
 * {@code ce_*} headers, the data (JSON) is the record value, the key is the assessment id.
 * The producer is idempotent with {@code acks=all}, so its own retries never duplicate a record
 * and an acknowledgement means every in-sync replica has it.
 * <p>
 * Tracing: each send is a PRODUCER span, child of the trace context stored in the row (the POST that accepted
 * the assessment), ended when the broker answers. Its context travels as the W3C {@code traceparent} /
 * {@code tracestate} Kafka headers (what OpenTelemetry's Kafka instrumentation reads) and as the CloudEvents
 * distributed-tracing extension of the same name ({@code ce_traceparent}, {@code ce_tracestate}).
 */
public class EventPublisher implements AutoCloseable {

    private final KafkaProducer<String, CloudEvent> producer;
    private final String topic;
    private final Tracer tracer;

    /** {@code kafka} carries bootstrap servers, security protocol, SASL and TLS settings (the service's kafka.*). */
    public EventPublisher(KafkaClientProperties kafka, String topic, Map<String, Object> overrides, Tracer tracer) {
        this.topic = topic;
        this.tracer = tracer;
        Map<String, Object> config = kafka.with(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 1,
                ProducerConfig.CLIENT_ID_CONFIG, "assessment-outbox-relay",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class,
                CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY));
        config.putAll(overrides);
        this.producer = new KafkaProducer<>(config);
    }

    /** Completes when the broker acknowledged the record (acks=all), or exceptionally. */
    public CompletableFuture<RecordMetadata> publish(OutboxEventEntity row) {
        Span span = tracer.spanBuilder(topic + " publish").setSpanKind(SpanKind.PRODUCER)
                .setParent(new TraceContext(row.traceparent, row.tracestate).asParent())
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.operation", "publish")
                .setAttribute("messaging.message.id", row.id.toString())
                .startSpan();
        TraceContext sent = TraceContext.of(Context.root().with(span));
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(row.id.toString())
                .withSource(URI.create(AssessmentEvents.SOURCE))
                .withType(row.type)
                .withSubject(row.aggregateId.toString())
                .withTime(row.createdAt.atOffset(ZoneOffset.UTC))
                .withDataSchema(URI.create(AssessmentEvents.DATA_SCHEMA_V1))
                .withDataContentType("application/json")
                .withData(row.payload.getBytes(StandardCharsets.UTF_8));
        if (sent.traceparent() != null) {
            builder.withExtension(TraceContext.TRACEPARENT, sent.traceparent());
        }
        if (sent.tracestate() != null) {
            builder.withExtension(TraceContext.TRACESTATE, sent.tracestate());
        }
        ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(topic, row.aggregateId.toString(), builder.build());
        record.headers().add(AssessmentEvents.CLINIC_HEADER, row.clinicId.getBytes(StandardCharsets.UTF_8));
        header(record, TraceContext.TRACEPARENT, sent.traceparent());
        header(record, TraceContext.TRACESTATE, sent.tracestate());
        CompletableFuture<RecordMetadata> acknowledged = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, error) -> {
                if (error != null) {
                    end(span, error);
                    acknowledged.completeExceptionally(error);
                } else {
                    span.end();
                    acknowledged.complete(metadata);
                }
            });
        } catch (RuntimeException e) {
            // send() itself throws when metadata cannot be fetched within max.block.ms (broker down)
            end(span, e);
            acknowledged.completeExceptionally(e);
        }
        return acknowledged;
    }

    private static void header(ProducerRecord<String, CloudEvent> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void end(Span span, Throwable error) {
        span.setStatus(StatusCode.ERROR, error.getClass().getSimpleName());
        span.end();
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
