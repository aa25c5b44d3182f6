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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The dead-letter topic is the record of truth for dead letters (the connector writes them there); this reads
 * it with a short-lived, group-less consumer and publishes re-drives with an idempotent producer.
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

    /** Every letter on the topic, oldest first (reads for at most about 10 s). */
    public List<ConsumerRecord<String, byte[]>> readAll() {
        List<ConsumerRecord<String, byte[]>> letters = new ArrayList<>();
        read(record -> {
            letters.add(record);
            return true;
        });
        return letters;
    }

    public Optional<ConsumerRecord<String, byte[]>> find(String letterId) {
        if (!DeadLetterRecords.isLetterId(letterId)) {
            return Optional.empty();
        }
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>(1);
        read(record -> {
            if (DeadLetterRecords.id(record).equals(letterId)) {
                found.add(record);
                return false;
            }
            return true;
        });
        return found.stream().findFirst();
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

    private interface Visitor {
        /** false stops reading */
        boolean visit(ConsumerRecord<String, byte[]> record);
    }

    private void read(Visitor visitor) {
        Map<String, Object> props = kafka.with(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.CLIENT_ID_CONFIG, "report-service-dlq-reader"));
        // group-less (assign): a shared kafka.group.id must not make this reader join a group
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos == null || infos.isEmpty()) {
                return;
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(5));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (!visitor.visit(record)) {
                        return;
                    }
                }
            }
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
