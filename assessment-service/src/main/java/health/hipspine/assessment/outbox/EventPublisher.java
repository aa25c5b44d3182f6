package health.hipspine.assessment.outbox;

import health.hipspine.assessment.repository.OutboxEventEntity;
import health.hipspine.events.AssessmentEvents;
import health.hipspine.kit.kafka.KafkaClientProperties;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
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
 */
public class EventPublisher implements AutoCloseable {

    private final KafkaProducer<String, CloudEvent> producer;
    private final String topic;

    /** {@code kafka} carries bootstrap servers, security protocol, SASL and TLS settings (the service's kafka.*). */
    public EventPublisher(KafkaClientProperties kafka, String topic, Map<String, Object> overrides) {
        this.topic = topic;
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
        CloudEvent event = CloudEventBuilder.v1()
                .withId(row.id.toString())
                .withSource(URI.create(AssessmentEvents.SOURCE))
                .withType(row.type)
                .withSubject(row.aggregateId.toString())
                .withTime(row.createdAt.atOffset(ZoneOffset.UTC))
                .withDataSchema(URI.create(AssessmentEvents.DATA_SCHEMA_V1))
                .withDataContentType("application/json")
                .withData(row.payload.getBytes(StandardCharsets.UTF_8))
                .build();
        ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(topic, row.aggregateId.toString(), event);
        record.headers().add(AssessmentEvents.CLINIC_HEADER, row.clinicId.getBytes(StandardCharsets.UTF_8));
        CompletableFuture<RecordMetadata> acknowledged = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, error) -> {
                if (error != null) {
                    acknowledged.completeExceptionally(error);
                } else {
                    acknowledged.complete(metadata);
                }
            });
        } catch (RuntimeException e) {
            // send() itself throws when metadata cannot be fetched within max.block.ms (broker down)
            acknowledged.completeExceptionally(e);
        }
        return acknowledged;
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
