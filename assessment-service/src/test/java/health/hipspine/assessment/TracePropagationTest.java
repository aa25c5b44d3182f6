package health.hipspine.assessment;

import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.assessment.support.Submissions;
import health.hipspine.events.AssessmentEvents;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assessment half of one trace: the POST's server span, the W3C trace context stored in the outbox row in the
 * same transaction, and the relay's PRODUCER span that continues it and writes its own context into the Kafka
 * record's {@code traceparent} header (and the CloudEvents extension {@code ce_traceparent}).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class TracePropagationTest {

    @Inject
    InMemorySpanExporter spans;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void thePostsTraceIsInTheOutboxRowAndInTheKafkaRecordsHeader() throws Exception {
        String id = given().auth().oauth2(TestTokens.clinician(TestTokens.CLINIC_A)).contentType("application/json")
                .body(Submissions.hip("pt-traced-1")).when().post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");

        String[] stored = storedTraceparent(id).split("-");
        assertThat(stored).as("version-traceid-spanid-flags").hasSize(4);
        String traceId = stored[1];

        SpanData post = await("the POST's server span", () -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(traceId)).findFirst());
        assertThat(post.getName()).isEqualTo("POST /api/v1/assessments");
        assertThat(post.getParentSpanContext().isValid()).as("the POST starts the trace").isFalse();
        assertThat(stored[2]).as("the row keeps the span that was current in the POST")
                .isIn(spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).map(SpanData::getSpanId).toList());

        SpanData publish = await("the relay's publish span", () -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getName().equals(AssessmentEvents.TOPIC + " publish") && s.getTraceId().equals(traceId)).findFirst());
        assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(publish.getParentSpanId()).as("the publish span's parent is the span stored in the row").isEqualTo(stored[2]);

        Map<String, String> headers = recordHeaders(id);
        String expected = "00-" + traceId + "-" + publish.getSpanId() + "-01";
        assertThat(headers.get("traceparent")).as("W3C header: the publish span's context").isEqualTo(expected);
        assertThat(headers.get("ce_traceparent")).as("CloudEvents distributed-tracing extension").isEqualTo(expected);
    }

    private String storedTraceparent(String assessmentId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT traceparent FROM outbox_event WHERE aggregate_id = ?::uuid")) {
            s.setString(1, assessmentId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("outbox row of " + assessmentId).isTrue();
                assertThat(rs.getString(1)).as("traceparent stored with the row").isNotNull();
                return rs.getString(1);
            }
        }
    }

    /** The headers of the topic's record keyed by this assessment id, read from the start of the topic. */
    private static Map<String, String> recordHeaders(String assessmentId) {
        Map<String, Object> config = KafkaTestResource.adminClientProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "trace-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(AssessmentEvents.TOPIC));
            return await("the event of " + assessmentId, () -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (assessmentId.equals(record.key())) {
                        Map<String, String> headers = new java.util.HashMap<>();
                        for (Header h : record.headers()) {
                            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
                        }
                        return Optional.of(headers);
                    }
                }
                return Optional.empty();
            });
        }
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            assertThat(System.nanoTime()).as("waited too long for " + what).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
