package health.hipspine.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.servers.KafkaCredentials;
import health.hipspine.stack.LocalStack;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

/**
 * Counts what became of accepted assessments, from the sources of truth: report-service's database (reports,
 * their current clinician document, consumed event ids) and the {@code assessment-events} topic itself.
 */
final class Ledger {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reports READY whose current clinician PDF was rendered from complete content; reports per assessment. */
    record Reports(int ready, int readyComplete, int failed, int duplicated, int duplicateConsumedEvents) {
    }

    private Ledger() {
    }

    static Reports reports(LocalStack stack, List<UUID> assessments) throws SQLException {
        try (Connection c = DriverManager.getConnection(stack.postgres().jdbcUrl("report"), "postgres", "postgres")) {
            Array ids = c.createArrayOf("uuid", assessments.toArray());
            int ready = 0;
            int complete = 0;
            int failed = 0;
            int duplicated = 0;
            try (PreparedStatement s = c.prepareStatement("""
                    select r.assessment_id, count(*) over (partition by r.assessment_id) as copies, r.status,
                           exists (select 1 from report_document d where d.report_id = r.id and d.version = r.current_version
                                   and d.kind = 'CLINICIAN' and d.content_complete) as complete
                    from report r where r.assessment_id = any (?)""")) {
                s.setArray(1, ids);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        duplicated += rs.getInt("copies") > 1 ? 1 : 0;
                        switch (rs.getString("status")) {
                            case "READY" -> {
                                ready++;
                                complete += rs.getBoolean("complete") ? 1 : 0;
                            }
                            case "FAILED" -> failed++;
                            default -> {
                            }
                        }
                    }
                }
            }
            int twiceConsumed = 0;
            try (PreparedStatement s = c.prepareStatement("""
                    select count(*) from (select assessment_id from processed_event where assessment_id = any (?)
                                          group by assessment_id having count(*) > 1) t""")) {
                s.setArray(1, ids);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    twiceConsumed = rs.getInt(1);
                }
            }
            return new Reports(ready, complete, failed, duplicated, twiceConsumed);
        }
    }

    /**
     * Events on the topic for these assessments: {@code duplicated} = assessments with more than one distinct event
     * id (a second event for one assessment); {@code resent} = records beyond one per event id (the relay's
     * at-least-once resend of the same event after a crash or timeout, which consumers de-duplicate).
     */
    record Events(int assessmentsWithEvent, int duplicated, int resent) {
    }

    static Events events(LocalStack stack, List<UUID> assessments) {
        Set<String> wanted = new HashSet<>();
        assessments.forEach(id -> wanted.add(id.toString()));
        Properties props = new Properties();
        props.putAll(stack.kafka().clientProperties(KafkaCredentials.ADMIN));
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", ByteArrayDeserializer.class.getName());
        props.put("enable.auto.commit", "false");
        Map<String, Set<String>> eventIds = new HashMap<>();
        int records = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor("assessment-events", Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, Duration.ofSeconds(30)) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofSeconds(2))) {
                    if (r.key() != null && wanted.contains(r.key())) {
                        records++;
                        eventIds.computeIfAbsent(r.key(), k -> new HashSet<>()).add(eventId(r));
                    }
                }
            }
        }
        int duplicated = (int) eventIds.values().stream().filter(s -> s.size() > 1).count();
        int distinct = eventIds.values().stream().mapToInt(Set::size).sum();
        return new Events(eventIds.size(), duplicated, records - distinct);
    }

    /** The CloudEvents id: the ce_id header (binary mode) or the id field (structured mode). */
    private static String eventId(ConsumerRecord<String, byte[]> r) {
        Header h = r.headers().lastHeader("ce_id");
        if (h != null) {
            return new String(h.value(), StandardCharsets.UTF_8);
        }
        try {
            JsonNode node = JSON.readTree(r.value());
            return node.path("id").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError("unreadable record at " + r.partition() + "-" + r.offset(), e);
        }
    }
}
