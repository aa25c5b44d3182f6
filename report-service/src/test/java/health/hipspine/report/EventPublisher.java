package health.hipspine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.events.AssessmentEvents;
import health.hipspine.testing.KafkaTestResource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Publishes CloudEvents (binary mode) to the real test broker the way the assessment service does. */
public final class EventPublisher implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final KafkaProducer<String, byte[]> producer;

    public EventPublisher() {
        // the broker's super user: tests also publish what no service principal may (e.g. straight to the DLQ)
        Map<String, Object> props = KafkaTestResource.adminClientProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        producer = new KafkaProducer<>(props);
    }

    /** Publishes the event with a fresh ce_id and returns that id. */
    public String publish(AssessmentCompletedV1 event) {
        String id = UUID.randomUUID().toString();
        publish(AssessmentEvents.TOPIC, id, AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1, event.assessmentId().toString(),
                event.clinicId(), json(event));
        return id;
    }

    public void publish(String topic, String ceId, String type, String key, String clinic, byte[] data) {
        publish(topic, ceId, type, key, clinic, data, Map.of());
    }

    /** {@code extraHeaders}: e.g. the W3C {@code traceparent} the outbox relay adds. */
    public void publish(String topic, String ceId, String type, String key, String clinic, byte[] data,
                        Map<String, String> extraHeaders) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, data);
        extraHeaders.forEach((name, value) -> header(record, name, value));
        header(record, "ce_id", ceId);
        header(record, "ce_type", type);
        header(record, "ce_source", AssessmentEvents.SOURCE);
        header(record, "ce_subject", key);
        header(record, "ce_specversion", "1.0");
        // as the outbox relay does: the time the assessment was accepted
        header(record, "ce_time", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString());
        header(record, "content-type", "application/json");
        header(record, AssessmentEvents.CLINIC_HEADER, clinic);
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("publish failed", e);
        }
    }

    public static byte[] json(AssessmentCompletedV1 event) {
        try {
            return JSON.writeValueAsBytes(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
