package health.hipspine.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.assessment.support.Submissions;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON logs lead to traces: a line logged inside a traced request carries, in its {@code mdc}, the trace id and span
 * id of the request's server span. The request is a submission while content-service is unreachable, so the planner
 * logs its warning on the request's thread. The lines are read from a JSON file handler (the same JSON formatter as
 * the console's {@code quarkus.log.console.json} of deployments), parsed, and matched by message.
 */
@QuarkusTest
@TestProfile(TracedJsonLogTest.JsonLogFile.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class TracedJsonLogTest {

    /** A file of this JVM only, so lines of earlier runs cannot match. */
    static final Path LOG = Path.of("target", "traced-json-log-" + ProcessHandle.current().pid() + ".json");

    public static class JsonLogFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    // content-service away (port 9, connection refused): the planner logs a warning in the request
                    "quarkus.rest-client.content.url", "http://127.0.0.1:9",
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.file.json.enabled", "true");
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aLineLoggedInsideARequestCarriesTheTraceAndSpanIdOfItsServerSpan() throws IOException {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        given().auth().oauth2(TestTokens.clinician(TestTokens.CLINIC_A)).contentType("application/json")
                .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
                .body(Submissions.hip("pt-json-log-1")).when().post("/api/v1/assessments")
                .then().statusCode(201);

        SpanData post = serverSpan(traceId);
        List<JsonNode> warnings = lines().stream()
                .filter(line -> line.path("message").asText().startsWith("exercise catalogue unavailable")
                        && traceId.equals(line.path("mdc").path("traceId").asText()))
                .toList();
        assertThat(warnings).as("the planner's warning with mdc.traceId " + traceId + ", among the JSON lines of " + LOG)
                .hasSize(1);
        assertThat(warnings.getFirst().path("mdc").path("spanId").asText()).as("mdc.spanId: the POST's server span")
                .isEqualTo(post.getSpanId());
    }

    /** The server span ends after the response is written: wait until it is exported. */
    private SpanData serverSpan(String traceId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            Optional<SpanData> post = spans.getFinishedSpanItems().stream()
                    .filter(s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(traceId)).findFirst();
            if (post.isPresent()) {
                return post.get();
            }
            assertThat(System.nanoTime()).as("waited too long for the server span of trace " + traceId).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Every line of the file, each a JSON object (a line that does not parse fails the test). */
    private static List<JsonNode> lines() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : Files.readAllLines(LOG)) {
            if (!line.isBlank()) {
                parsed.add(json.readTree(line));
            }
        }
        return parsed;
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never all zero: an invalid trace or span id
        return bytes;
    }
}
