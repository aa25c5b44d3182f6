package health.hipspine.report;

import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.events.AssessmentEvents;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka half of one trace: a record carrying a W3C {@code traceparent} header (as the outbox relay writes it)
 * is consumed in a CONSUMER span whose trace id and parent are that header's, and the report is rendered in a
 * span below it, in the same trace.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class TracePropagationTest extends ReportTestBase {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void consumeAndRenderSpansContinueTheTraceOfTheRecordsTraceparentHeader() {
        // a trace and a "publish" span that this service never saw: only the header can connect to them
        String traceId = randomHex(16);
        String publishSpanId = randomHex(8);
        AssessmentCompletedV1 event = event(TestTokens.CLINIC_A, "PT-TRACE-1");
        String ceId = UUID.randomUUID().toString();
        PUBLISHER.publish(AssessmentEvents.TOPIC, ceId, AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1,
                event.assessmentId().toString(), event.clinicId(), EventPublisher.json(event),
                Map.of("traceparent", "00-" + traceId + "-" + publishSpanId + "-01"));
        awaitReady(event);

        SpanData consume = consumerSpan(ceId);
        assertThat(consume.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(consume.getTraceId()).as("the consumer span continues the header's trace").isEqualTo(traceId);
        assertThat(consume.getParentSpanId()).as("the consumer span's parent is the header's span").isEqualTo(publishSpanId);
        assertThat(consume.getParentSpanContext().isRemote()).isTrue();

        SpanData render = Await.until("render span in trace " + traceId, Duration.ofSeconds(30), () -> spans.getFinishedSpanItems()
                .stream().filter(s -> s.getTraceId().equals(traceId) && s.getName().equals("report render")).findFirst().orElse(null));
        assertThat(render.getParentSpanId()).as("render runs inside the consumer span").isEqualTo(consume.getSpanId());
        assertThat(render.getAttributes().get(AttributeKey.stringKey("hipspine.render.reason"))).isNotBlank();
    }

    @Test
    void aRecordWithoutTraceparentIsConsumedInANewTrace() {
        AssessmentCompletedV1 event = event(TestTokens.CLINIC_A, "PT-TRACE-2");
        String ceId = PUBLISHER.publish(event);
        awaitReady(event);
        SpanData consume = consumerSpan(ceId);
        assertThat(consume.getParentSpanContext().isValid()).as("no header, no parent: a root span").isFalse();
    }

    /** The consumer span of the record with this CloudEvents id (spans are exported when they end). */
    private SpanData consumerSpan(String ceId) {
        return Await.until("consumer span of event " + ceId, Duration.ofSeconds(30), () -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getName().equals(AssessmentEvents.TOPIC + " process")
                        && ceId.equals(s.getAttributes().get(AttributeKey.stringKey("messaging.message.id"))))
                .findFirst().orElse(null));
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1; // never all zero (an invalid id)
        return HexFormat.of().formatHex(b);
    }
}
