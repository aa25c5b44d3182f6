package health.hipspine.report.service;

import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.report.Await;
import health.hipspine.report.EventPublisher;
import health.hipspine.report.SampleEvents;
import health.hipspine.report.content.CatalogueStandIn;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a content outage longer than a few reports, one run of the re-render sweep completes every report the outage
 * left incomplete, not just one page of them (the fault-injection suite found 100 reports taking a page of 20 per
 * minute). The sweep is called by hand here (its schedule is off), so the test counts runs, not seconds.
 */
@QuarkusTest
@TestProfile(IncompleteRerenderTest.ManualSweep.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class IncompleteRerenderTest {

    /**
     * The catalogue stand-in; a failure counts for 1 s and opens the content circuit breakers for 1 s (not 15: when
     * renders are slow, enough calls reach the breaker to open it, and the sweep would still find it open); the
     * sweep only when called.
     */
    public static class ManualSweep implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("report.content.miss-ttl", "PT1S", "report.incomplete.every", "off",
                    "quarkus.fault-tolerance.global.circuit-breaker.delay", "1000");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CatalogueStandIn.class));
        }
    }

    /** More than one page of the sweep (20 reports). */
    private static final int REPORTS = 25;
    private static final EventPublisher PUBLISHER = new EventPublisher();
    private static final String CLINICIAN = TestTokens.token().subject("clinician-clinic-a").roles("clinician")
            .clinic(TestTokens.CLINIC_A).expiresInSeconds(3600).sign();

    @Inject
    ReportGeneration generation;

    @Test
    void oneSweepRendersEveryIncompleteReportAgainOnceTheCatalogueAnswers() {
        CatalogueStandIn.down();
        List<UUID> assessments = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            AssessmentCompletedV1 event = SampleEvents.typical(UUID.randomUUID(), TestTokens.CLINIC_A,
                    "PT-46%02d".formatted(i), "ROUTINE");
            PUBLISHER.publish(event);
            assessments.add(event.assessmentId());
        }
        // generous: 25 renders took ~1 min at load 40 on the shared 2-core machine
        List<String> reports = Await.until("every report READY", Duration.ofMinutes(10), () -> {
            List<String> ready = new ArrayList<>();
            for (UUID assessment : assessments) {
                Response r = given().auth().oauth2(CLINICIAN).get("/api/v1/assessments/{id}/report", assessment);
                if (r.statusCode() != 200 || !"READY".equals(r.path("status"))) {
                    return null;
                }
                ready.add(r.path("id"));
            }
            return ready;
        });
        assertThat(reports).allSatisfy(id -> assertThat(completeVersions(id)).isEmpty());

        CatalogueStandIn.up();
        pauseUntilTheFailureMemoryExpired();
        generation.rerenderIncomplete();

        assertThat(reports).allSatisfy(id -> assertThat(completeVersions(id)).as("complete versions of " + id).isNotEmpty());
    }

    /** The catalogue client remembers a failure for miss-ttl and its breakers stay open for their delay (1 s each): wait past both. */
    private static void pauseUntilTheFailureMemoryExpired() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<Integer> completeVersions(String reportId) {
        Response r = given().auth().oauth2(CLINICIAN).get("/api/v1/reports/{id}", reportId);
        assertThat(r.statusCode()).isEqualTo(200);
        List<Integer> complete = r.path("versions.findAll { it.kind == 'CLINICIAN' && it.contentComplete }.version");
        return complete == null ? List.of() : complete;
    }
}
