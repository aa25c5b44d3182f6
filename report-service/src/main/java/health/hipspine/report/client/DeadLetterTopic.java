package health.hipspine.report.client;

import health.hipspine.kit.kafka.KafkaClientProperties;
import health.hipspine.report.config.ReportConfig;
import health.hipspine.report.deadletter.DeadLetterRecords;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The dead-letter topic holds the letters' payloads (the connector writes them there; PostgreSQL indexes their
 * headers); this reads one letter by its offset with a short-lived, group-less consumer and publishes re-drives
 * with an idempotent producer.
 */
@ApplicationScoped
public class DeadLetterTopic {

    private final KafkaClientProperties kafka;
    private final String topic;

    /** {@code kafka} carries bootstrap servers, security protocol, SASL and TLS settings (the service's kafka.*). */
    public DeadLetterTopic(KafkaClientProperties kafka, ReportConfig config) {
        this.kafka = kafka;
        this.topic = config.deadLetter().topic();
    }

    /**
     * The letter at {@code partition-offset}, read by seeking to it (the index in PostgreSQL knows where each
     * letter is; nothing scans the topic). Empty when no such record exists (any more).
     */
    public Optional<ConsumerRecord<String, byte[]>> find(String letterId) {
        if (!DeadLetterRecords.isLetterId(letterId)) {
            return Optional.empty();
        }
        String[] parts = letterId.split("-");
        return read(new TopicPartition(topic, Integer.parseInt(parts[0])), Long.parseLong(parts[1]));
    }

    /** Publishes and waits for the broker's acknowledgement (acks=all). */
    public void publish(ProducerRecord<String, byte[]> record) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties())) {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while re-driving", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("re-drive could not be published", e);
        }
    }

    private Optional<ConsumerRecord<String, byte[]>> read(TopicPartition partition, long offset) {
        Map<String, Object> props = kafka.with(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.CLIENT_ID_CONFIG, "report-service-dlq-reader"));
        // group-less (assign): a shared kafka.group.id must not make this reader join a group
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos == null || infos.stream().noneMatch(p -> p.partition() == partition.partition())) {
                return Optional.empty();
            }
            consumer.assign(List.of(partition));
            Long end = consumer.endOffsets(List.of(partition), Duration.ofSeconds(5)).get(partition);
            if (end == null || offset >= end) {
                return Optional.empty();
            }
            consumer.seek(partition, offset);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (consumer.position(partition) <= offset && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return Optional.of(record);
                    }
                    if (record.offset() > offset) {
                        return Optional.empty(); // compacted or deleted by retention
                    }
                }
            }
            return Optional.empty();
        }
    }

    private Map<String, Object> producerProperties() {
        return kafka.with(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.CLIENT_ID_CONFIG, "report-service-dlq-redrive"));
    }
}
