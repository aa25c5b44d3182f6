package health.hipspine.report.deadletter;

import health.hipspine.events.AssessmentEvents;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The dead-letter topic is the record of truth for dead letters (the connector writes them there); this reads
 * it with a short-lived, group-less consumer, and re-drives a letter by publishing its original record
 * (headers minus the dead-letter ones) back to {@code assessment-events}. Re-drives are logged in PostgreSQL.
 */
@ApplicationScoped
public class DeadLetterTopic {

    public static final String REDRIVE_HEADER = "hipspine_redrive_of";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "report.dead-letter.topic", defaultValue = "assessment-events.dlq")
    String topic;

    @Inject
    AgroalDataSource dataSource;

    public String topic() {
        return topic;
    }

    public List<DeadLetter> list(int limit) {
        Map<String, Redrive> redrives = redrives();
        List<DeadLetter> letters = new ArrayList<>();
        read(record -> {
            letters.add(describe(record, redrives.get(id(record))));
            return true;
        });
        // newest first, capped
        List<DeadLetter> newestFirst = new ArrayList<>(letters.reversed());
        return newestFirst.subList(0, Math.min(limit, newestFirst.size()));
    }

    /** Re-publishes the letter's original record; empty when there is no such letter. */
    public Optional<DeadLetter> redrive(String id, String by) {
        ConsumerRecord<String, byte[]>[] found = findRecord(id);
        if (found[0] == null) {
            return Optional.empty();
        }
        ConsumerRecord<String, byte[]> record = found[0];
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(AssessmentEvents.TOPIC, record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dead-letter-") && !header.key().equals(REDRIVE_HEADER)) {
                out.headers().add(header);
            }
        }
        out.headers().add(REDRIVE_HEADER, id.getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties())) {
            producer.send(out).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while re-driving", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("re-drive could not be published", e);
        }
        Instant now = Instant.now();
        String eventId = header(record, "ce_id");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO dead_letter_redrive (dlq_partition, dlq_offset, event_id,"
                        + " redriven_by, redriven_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setInt(1, record.partition());
            ps.setLong(2, record.offset());
            ps.setString(3, eventId);
            ps.setString(4, by);
            ps.setTimestamp(5, Timestamp.from(now));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("re-drive published but not logged", e);
        }
        return Optional.of(describe(record, new Redrive(now, by)));
    }

    @SuppressWarnings("unchecked")
    private ConsumerRecord<String, byte[]>[] findRecord(String id) {
        ConsumerRecord<String, byte[]>[] found = new ConsumerRecord[1];
        String[] parts = id.split("-", 2);
        if (parts.length != 2) {
            return found;
        }
        read(record -> {
            if (id(record).equals(id)) {
                found[0] = record;
                return false;
            }
            return true;
        });
        return found;
    }

    private interface Visitor {
        /** false stops reading */
        boolean visit(ConsumerRecord<String, byte[]> record);
    }

    private void read(Visitor visitor) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "report-service-dlq-reader");
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

    private Properties producerProperties() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "report-service-dlq-redrive");
        return props;
    }

    private record Redrive(Instant at, String by) {
    }

    private Map<String, Redrive> redrives() {
        Map<String, Redrive> redrives = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT dlq_partition, dlq_offset, redriven_at, redriven_by"
                        + " FROM dead_letter_redrive ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                redrives.put(rs.getInt(1) + "-" + rs.getLong(2), new Redrive(rs.getTimestamp(3).toInstant(), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("re-drive log unreadable", e);
        }
        return redrives;
    }

    private static String id(ConsumerRecord<?, ?> record) {
        return record.partition() + "-" + record.offset();
    }

    private static DeadLetter describe(ConsumerRecord<String, byte[]> record, Redrive redrive) {
        return new DeadLetter(id(record), header(record, "ce_id"), header(record, "ce_type"), record.key(),
                header(record, AssessmentEvents.CLINIC_HEADER), header(record, "dead-letter-reason"),
                header(record, "dead-letter-cause"), header(record, "dead-letter-topic"),
                header(record, "dead-letter-partition"), header(record, "dead-letter-offset"),
                Instant.ofEpochMilli(record.timestamp()), redrive == null ? null : redrive.at(),
                redrive == null ? null : redrive.by());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
