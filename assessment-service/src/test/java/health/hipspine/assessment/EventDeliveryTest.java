package health.hipspine.assessment;

import health.hipspine.testing.ManagementInterface;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.assessment.support.Submissions;
import health.hipspine.events.AssessmentEvents;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's promise with a real broker: take Kafka away, keep submitting (201 every time), bring
 * it back, and every assessment's event arrives exactly once, as a binary-mode CloudEvent whose data
 * validates against the committed JSON Schema.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class EventDeliveryTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    private static final String OPAQUE_SUBJECT = "5f0c2d1e-7a41-4c55-9d0b-2f3e8c61a9b4";

    String submit(String patient) {
        return given().auth().oauth2(TestTokens.token().subject(OPAQUE_SUBJECT).username("alice").roles("clinician")
                        .clinic(TestTokens.CLINIC_A).sign()).contentType("application/json")
                .body(Submissions.hip(patient)).when().post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
    }

    /** assessment id -> outbox (CloudEvents) id, for rows already sent. */
    Map<String, String> sentEventIds(List<String> assessmentIds) throws SQLException {
        Map<String, String> sent = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT aggregate_id::text, id::text FROM outbox_event WHERE sent_at IS NOT NULL AND aggregate_id::text = ANY(?)")) {
            s.setArray(1, c.createArrayOf("text", assessmentIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sent.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return sent;
    }

    /** Locks every pending row without waiting: fails (55P03) if a relay holds a lock across Kafka I/O. */
    long lockablePendingRows() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("SELECT seq FROM outbox_event WHERE status = 'PENDING' FOR UPDATE NOWAIT");
                    ResultSet rs = s.executeQuery()) {
                long rows = 0;
                while (rs.next()) {
                    rows++;
                }
                return rows;
            } finally {
                c.rollback();
            }
        }
    }

    Map<String, String> awaitSent(List<String> ids, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> sent = sentEventIds(ids);
        while (sent.size() < ids.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            sent = sentEventIds(ids);
        }
        return sent;
    }

    @Test
    void eventsSubmittedWhileKafkaIsDownArriveExactlyOnceWhenItReturns() throws Exception {
        List<String> ids = new ArrayList<>();
        ids.add(submit("pt-before-outage"));
        assertThat(awaitSent(ids, Duration.ofSeconds(30))).as("published while Kafka is up").hasSize(1);

        KafkaTestResource.stopBroker();
        try {
            for (int i = 0; i < 5; i++) {
                ids.add(submit("pt-outage-" + i));
            }
            Thread.sleep(1_000);
            assertThat(sentEventIds(ids)).as("nothing is marked sent while the broker is away").hasSize(1);
            assertThat(lockablePendingRows()).as("the relay holds no row lock while it waits for the broker").isGreaterThanOrEqualTo(5);
            // readiness stays UP (POST keeps working) and reports the waiting events
            given().when().get(ManagementInterface.url("/q/health/ready")).then().statusCode(200)
                    .body("checks.find { it.name == 'assessment-event-relay' }.data.unsentEvents",
                            org.hamcrest.Matchers.greaterThanOrEqualTo(5));
        } finally {
            KafkaTestResource.restartBroker();
        }
        Map<String, String> eventIds = awaitSent(ids, Duration.ofSeconds(90));
        assertThat(eventIds).as("every outbox row acknowledged after Kafka returned").hasSize(ids.size());

        Map<String, List<CloudEvent>> received = consumeAll(new HashSet<>(ids), Duration.ofSeconds(60));
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("../docs/events/assessment-completed-v1.schema.json")), InputFormat.JSON);
        for (String id : ids) {
            assertThat(received.get(id)).as("events for assessment " + id).hasSize(1);
            CloudEvent event = received.get(id).get(0);
            assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
            assertThat(event.getId()).isEqualTo(eventIds.get(id));
            assertThat(event.getSubject()).isEqualTo(id);
            assertThat(event.getType()).isEqualTo(AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1);
            assertThat(event.getSource().toString()).isEqualTo(AssessmentEvents.SOURCE);
            assertThat(event.getDataSchema().toString()).isEqualTo(AssessmentEvents.DATA_SCHEMA_V1);
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            assertThat(event.getTime()).isNotNull();
            JsonNode data = JSON.readTree(event.getData().toBytes());
            List<Error> problems = schema.validate(data.toString(), InputFormat.JSON);
            assertThat(problems).as("schema violations of " + data).isEmpty();
            assertThat(data.path("assessmentId").asText()).isEqualTo(id);
            assertThat(data.path("clinicId").asText()).isEqualTo(TestTokens.CLINIC_A);
            assertThat(data.path("clinician").asText()).as("the report names the clinician by login, not the opaque subject")
                    .isEqualTo("alice");
        }
    }

    /** Reads the whole topic with read_committed until every id was seen, then a little longer to catch duplicates. */
    Map<String, List<CloudEvent>> consumeAll(Set<String> wanted, Duration timeout) {
        // the broker's super user: assessment-service's own principal may only write the topic
        Map<String, Object> config = KafkaTestResource.adminClientProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, List<CloudEvent>> received = new HashMap<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.subscribe(List.of(AssessmentEvents.TOPIC));
            long deadline = System.nanoTime() + timeout.toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(200))) {
                    Header clinic = record.headers().lastHeader(AssessmentEvents.CLINIC_HEADER);
                    assertThat(clinic).as("clinic header").isNotNull();
                    assertThat(new String(clinic.value(), StandardCharsets.UTF_8)).isNotBlank();
                    assertThat(record.headers().lastHeader("ce_id")).as("binary mode: attributes in ce_ headers").isNotNull();
                    assertThat(record.key()).isEqualTo(record.value().getSubject());
                    received.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(record.value());
                }
                if (quietUntil == Long.MAX_VALUE && received.keySet().containsAll(wanted)) {
                    quietUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                }
            }
        }
        return received;
    }
}
