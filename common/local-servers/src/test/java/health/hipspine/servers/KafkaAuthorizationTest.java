package health.hipspine.servers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static health.hipspine.servers.KafkaAccess.ASSESSMENT_SERVICE;
import static health.hipspine.servers.KafkaAccess.DEAD_LETTER_TOPIC;
import static health.hipspine.servers.KafkaAccess.EVENTS_TOPIC;
import static health.hipspine.servers.KafkaAccess.REPORT_GROUP;
import static health.hipspine.servers.KafkaAccess.REPORT_SERVICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The secured broker (SASL/SCRAM-SHA-512 + StandardAuthorizer with {@link KafkaAccess}'s ACLs) against real
 * clients: strangers (no credentials, a wrong password, a valid user without ACLs) neither read nor write the
 * event topic or the dead-letter topic, and each service principal does exactly what its service needs.
 */
class KafkaAuthorizationTest {

    private static final String STRANGER = "stranger";

    @TempDir
    static Path data;
    private static KafkaBroker broker;
    private static final String strangerPassword = KafkaCredentials.newPassword();

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        broker = KafkaBroker.start(KafkaBroker.defaultLibDirectory(), data, 0, 0, Duration.ofSeconds(90));
        // a user the broker knows (authentication succeeds) but who has no ACL
        try (Admin admin = Admin.create(new HashMap<>(broker.clientProperties(KafkaCredentials.ADMIN)))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(STRANGER,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), strangerPassword)))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void withoutCredentialsNothingCanBeWrittenOrRead() {
        Map<String, Object> plaintext = Map.of("bootstrap.servers", broker.bootstrapServers());
        ExecutionException write = assertThrows(ExecutionException.class, () -> send(plaintext, EVENTS_TOPIC));
        assertInstanceOf(org.apache.kafka.common.errors.TimeoutException.class, write.getCause(),
                "a PLAINTEXT client never gets metadata, so never sends");
        assertThrows(org.apache.kafka.common.errors.TimeoutException.class,
                () -> read(plaintext, EVENTS_TOPIC, null), "a PLAINTEXT client never gets metadata from a SASL listener");
    }

    @Test
    void aWrongPasswordIsRefusedAtAuthentication() {
        Map<String, Object> wrong = as(ASSESSMENT_SERVICE, KafkaCredentials.newPassword());
        ExecutionException e = assertThrows(ExecutionException.class, () -> send(wrong, EVENTS_TOPIC));
        assertInstanceOf(SaslAuthenticationException.class, e.getCause());
        assertThrows(SaslAuthenticationException.class, () -> read(wrong, EVENTS_TOPIC, null));
    }

    @Test
    void anAuthenticatedUserWithoutAclsCanNeitherReadNorWriteEventsOrDeadLetters() {
        Map<String, Object> stranger = as(STRANGER, strangerPassword);
        for (String topic : List.of(EVENTS_TOPIC, DEAD_LETTER_TOPIC)) {
            ExecutionException write = assertThrows(ExecutionException.class, () -> send(stranger, topic), topic);
            assertInstanceOf(AuthorizationException.class, write.getCause(), topic);
            assertThrows(AuthorizationException.class, () -> read(stranger, topic, null), topic);
            assertThrows(AuthorizationException.class, () -> read(stranger, topic, REPORT_GROUP), topic);
        }
    }

    @Test
    void assessmentServiceOnlyPublishesEvents() throws Exception {
        Map<String, Object> assessment = service(ASSESSMENT_SERVICE);
        send(assessment, EVENTS_TOPIC);
        assertThrows(AuthorizationException.class, () -> read(assessment, EVENTS_TOPIC, null), "reads events");
        assertThrows(AuthorizationException.class, () -> read(assessment, EVENTS_TOPIC, REPORT_GROUP), "joins the report group");
        ExecutionException dlq = assertThrows(ExecutionException.class, () -> send(assessment, DEAD_LETTER_TOPIC));
        assertInstanceOf(AuthorizationException.class, dlq.getCause());
        assertThrows(AuthorizationException.class, () -> read(assessment, DEAD_LETTER_TOPIC, null), "reads dead letters");
    }

    @Test
    void reportServiceConsumesEventsInItsGroupAndOwnsTheDeadLetters() throws Exception {
        Map<String, Object> report = service(REPORT_SERVICE);
        String key = send(service(ASSESSMENT_SERVICE), EVENTS_TOPIC);
        assertTrue(read(report, EVENTS_TOPIC, REPORT_GROUP).contains(key), "reads events in its own group");
        assertThrows(AuthorizationException.class, () -> read(report, EVENTS_TOPIC, "another-group"),
                "no other consumer group");

        String letter = send(report, DEAD_LETTER_TOPIC);
        assertTrue(read(report, DEAD_LETTER_TOPIC, null).contains(letter), "reads the dead letters it wrote");
        // the admin's re-drive re-publishes to the event topic (docs/security.md explains this one write)
        send(report, EVENTS_TOPIC);
        ExecutionException other = assertThrows(ExecutionException.class, () -> send(report, "clinic-exports"));
        assertInstanceOf(AuthorizationException.class, other.getCause(), "no topic beyond its own");
    }

    @Test
    void noPasswordReachesTheBrokerLogOrTheClientProperties() throws Exception {
        String log = Files.readString(data.resolve("kafka.log"));
        for (String principal : broker.credentials().principals()) {
            assertFalse(log.contains(broker.credentials().password(principal)), "password of " + principal + " logged");
        }
        assertEquals("KafkaCredentials[admin, assessment-service, report-service]", broker.credentials().toString());
    }

    private static Map<String, Object> service(String principal) {
        return as(principal, broker.credentials().password(principal));
    }

    private static Map<String, Object> as(String principal, String password) {
        Map<String, Object> props = new HashMap<>(broker.clientProperties(KafkaCredentials.ADMIN));
        props.put("sasl.jaas.config", KafkaCredentials.jaasConfig(principal, password));
        return props;
    }

    /** Publishes one record (idempotent, acks=all, as the services do) and returns its key. */
    private static String send(Map<String, Object> client, String topic) throws Exception {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, "{}")).get(15, TimeUnit.SECONDS);
        }
        return key;
    }

    /**
     * The keys on {@code topic}: in {@code group} (subscribe, committing offsets) or, without one, assigned from
     * the beginning as report-service's dead-letter reader does.
     */
    private static List<String> read(Map<String, Object> client, String topic, String group) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        if (group != null) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            if (group != null) {
                consumer.subscribe(List.of(topic));
            } else {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    keys.add(record.key());
                }
                if (!keys.isEmpty() && consumer.assignment().stream().allMatch(p ->
                        consumer.position(p) >= consumer.endOffsets(List.of(p)).get(p))) {
                    break;
                }
            }
            if (group != null) {
                consumer.commitSync();
            }
        }
        return keys;
    }
}
