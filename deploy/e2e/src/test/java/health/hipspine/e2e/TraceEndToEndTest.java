package health.hipspine.e2e;

import health.hipspine.e2e.OtlpTraceReceiver.ReceivedSpan;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One submission is one trace across the running services, as an operator's collector receives it: the stack's
 * assessment-service and report-service export over OTLP/HTTP to {@link OtlpTraceReceiver} ({@link SharedStack}), and
 * the spans of one POST form a single tree: the POST's SERVER span (assessment-service) → the outbox relay's PRODUCER
 * span (sent later, from the context stored in the outbox row) → report-service's CONSUMER span (from the record's
 * {@code traceparent} header) → the {@code report render} span.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedStack.Resolver.class)
class TraceEndToEndTest {

    private static final HexFormat HEX = HexFormat.of();

    private SharedStack shared;

    @BeforeAll
    void useTheSharedStack(SharedStack shared) {
        this.shared = shared;
    }

    @Test
    void oneSubmissionIsOneTraceFromThePostThroughTheOutboxAndKafkaToTheRender() throws InterruptedException {
        // the caller's own trace context, so this submission's trace is told apart from the other tests' on the stack
        String traceId = randomHex(16);
        String callerSpanId = randomHex(8);
        String token = ehrToken();
        String body = """
                {"patientRef":"e2e-trace","encounterDate":"%s","age":58,"sex":"male",
                 "findings":[{"code":"pain.groin","value":true}]}""".formatted(LocalDate.now());
        Response created = given().auth().oauth2(token).header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .contentType(ContentType.JSON).body(body)
                .post(shared.stack.serviceUrl("assessment-service") + "/api/v1/assessments");
        assertEquals(201, created.statusCode(), "POST /api/v1/assessments: " + created.asString());
        String assessmentId = created.jsonPath().getString("id");
        awaitReadyReport(token, assessmentId);

        // spans are exported in batches after they end: wait until the four links have arrived
        Map<String, Predicate<ReceivedSpan>> links = Map.of(
                "POST server span", s -> s.service().equals("assessment-service") && s.kind() == SpanKind.SPAN_KIND_SERVER
                        && s.name().startsWith("POST") && s.parentSpanId().equals(callerSpanId),
                "outbox relay publish span", s -> s.service().equals("assessment-service")
                        && s.kind() == SpanKind.SPAN_KIND_PRODUCER && s.name().equals("assessment-events publish"),
                "consumer span", s -> s.service().equals("report-service") && s.kind() == SpanKind.SPAN_KIND_CONSUMER
                        && s.name().equals("assessment-events process"),
                "render span", s -> s.service().equals("report-service") && s.name().equals("report render"));
        List<ReceivedSpan> trace = awaitTrace(traceId, links.values());
        Function<String, ReceivedSpan> one = link -> {
            List<ReceivedSpan> found = trace.stream().filter(links.get(link)).toList();
            assertEquals(1, found.size(), "exactly one " + link + " in trace " + traceId + ": " + trace);
            return found.get(0);
        };
        ReceivedSpan post = one.apply("POST server span");
        ReceivedSpan publish = one.apply("outbox relay publish span");
        ReceivedSpan consume = one.apply("consumer span");
        ReceivedSpan render = one.apply("render span");

        // the parent links: render <- consume <- publish <- (the span current in the POST) ... <- the POST's server span
        assertEquals(consume.spanId(), render.parentSpanId(), "the render runs inside the consumer span: " + trace);
        assertEquals(publish.spanId(), consume.parentSpanId(), "the consumer continues the record's traceparent: " + trace);
        List<ReceivedSpan> ancestry = ancestry(publish, trace);
        assertTrue(ancestry.contains(post), "the publish span descends from the POST's server span (the context stored in "
                + "the outbox row); its ancestry: " + ancestry + "; trace: " + trace);
        assertEquals(List.of(), shared.traces.refused(), "export requests the receiver could not decode");
    }

    /** The span's parents within the trace, nearest first, up to the first whose parent is not in the trace. */
    private static List<ReceivedSpan> ancestry(ReceivedSpan span, List<ReceivedSpan> trace) {
        Map<String, ReceivedSpan> byId = trace.stream().collect(Collectors.toMap(ReceivedSpan::spanId, s -> s, (a, b) -> a));
        List<ReceivedSpan> parents = new ArrayList<>();
        ReceivedSpan current = byId.get(span.parentSpanId());
        while (current != null && !parents.contains(current)) {
            parents.add(current);
            current = byId.get(current.parentSpanId());
        }
        return parents;
    }

    private List<ReceivedSpan> awaitTrace(String traceId, java.util.Collection<Predicate<ReceivedSpan>> links)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<ReceivedSpan> trace = List.of();
        while (System.nanoTime() < deadline) {
            trace = shared.traces.trace(traceId);
            List<ReceivedSpan> current = trace;
            if (links.stream().allMatch(link -> current.stream().anyMatch(link))) {
                return trace;
            }
            Thread.sleep(500);
        }
        return fail("trace " + traceId + " lacks a link after 60 s; received: " + trace + "; undecodable exports: "
                + shared.traces.refused());
    }

    private void awaitReadyReport(String token, String assessmentId) throws InterruptedException {
        String url = shared.stack.serviceUrl("report-service") + "/api/v1/assessments/" + assessmentId + "/report";
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            Response r = given().auth().oauth2(token).get(url);
            last = r.statusCode() + " " + r.asString();
            if (r.statusCode() == 200 && "READY".equals(r.jsonPath().getString("status"))) {
                return;
            }
            Thread.sleep(500);
        }
        fail("no READY report for assessment " + assessmentId + " within 90 s; last answer: " + last);
    }

    private String ehrToken() {
        Response r = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "ehr-clinic-a").formParam("client_secret", "demo-secret-ehr-clinic-a")
                .post(shared.stack.keycloak().tokenUrl());
        assertEquals(200, r.statusCode(), "Keycloak token for ehr-clinic-a: " + r.asString());
        return r.jsonPath().getString("access_token");
    }

    private static String randomHex(int bytes) {
        byte[] id = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(id);
        id[0] |= 1; // never all zeros (an invalid W3C id)
        return HEX.formatHex(id);
    }
}
