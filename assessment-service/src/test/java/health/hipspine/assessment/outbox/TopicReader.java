package health.hipspine.assessment.outbox;

import health.hipspine.events.AssessmentEvents;
import health.hipspine.testing.KafkaTestResource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the whole event topic (a fresh group, from the start) and keeps the records of one test batch. */
final class TopicReader {

    private TopicReader() {
    }

    /** One record as a consumer sees it: its CloudEvents id and its data. */
    record Received(String eventId, String data) {
    }

    /**
     * Records whose {@code ce_type} is {@code batch}, grouped by {@code ce_id}; reads until {@code expectedIds}
     * distinct ids arrived, then 3 s more to catch duplicates (or until {@code timeout}).
     */
    static Map<String, List<Received>> byEventId(String batch, int expectedIds, Duration timeout) {
        // the broker is SASL/SCRAM with ACLs: the test reads as the admin principal
        Map<String, Object> config = new HashMap<>(KafkaTestResource.adminClientProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, List<Received>> received = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(AssessmentEvents.TOPIC));
            long deadline = System.nanoTime() + timeout.toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (batch.equals(header(record, "ce_type"))) {
                        received.computeIfAbsent(header(record, "ce_id"), id -> new ArrayList<>())
                                .add(new Received(header(record, "ce_id"), new String(record.value(), StandardCharsets.UTF_8)));
                    }
                }
                if (quietUntil == Long.MAX_VALUE && received.size() >= expectedIds) {
                    quietUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                }
            }
        }
        return received;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
