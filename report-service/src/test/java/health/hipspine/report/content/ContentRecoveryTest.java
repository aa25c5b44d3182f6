package health.hipspine.report.content;

import health.hipspine.testing.ManagementInterface;
import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.report.Await;
import health.hipspine.report.EventPublisher;
import health.hipspine.report.PdfChecks;
import health.hipspine.report.SampleEvents;
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
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report and a handout rendered while the catalogue is unreachable are marked incomplete (WARN, metric), and
 * once it answers again the report gets a complete version and the handout a complete copy, which downloads serve.
 */
@QuarkusTest
@TestProfile(ContentRecoveryTest.Fast.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class ContentRecoveryTest {

    /** The catalogue stand-in, and short clocks: a failure counts for 1 s, the re-render sweep runs every second. */
    public static class Fast implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("report.content.miss-ttl", "PT1S", "report.incomplete.every", "1s",
                    // the catalogue client says why a call failed at DEBUG (exception class only)
                    "quarkus.log.category.\"health.hipspine.report.client\".level", "DEBUG");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CatalogueStandIn.class));
        }
    }

    static final EventPublisher PUBLISHER = new EventPublisher();
    static final String CLINICIAN = TestTokens.token().subject("clinician-clinic-a").roles("clinician").clinic(TestTokens.CLINIC_A)
            .expiresInSeconds(3600).sign();

    @Test
    void documentsRenderedWhileTheCatalogueWasDownAreRenderedAgainCompleteWhenItReturns() {
        CatalogueStandIn.down();
        // ROUTINE: an URGENT handout puts the exercises on hold and prints none
        AssessmentCompletedV1 event = SampleEvents.typical(UUID.randomUUID(), TestTokens.CLINIC_A, "PT-4001", "ROUTINE");
        PUBLISHER.publish(event);
        String id = Await.until("report READY", Duration.ofSeconds(60), () -> {
            Response r = given().auth().oauth2(CLINICIAN).get("/api/v1/assessments/{id}/report", event.assessmentId());
            return r.statusCode() == 200 && "READY".equals(r.path("status")) ? r.<String>path("id") : null;
        });
        given().auth().oauth2(CLINICIAN).get("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("versions[0].contentComplete", org.hamcrest.Matchers.equalTo(false));
        byte[] thinHandout = handout(id);
        assertThat(PdfChecks.text(thinHandout)).contains("Bridge").doesNotContain("Catalogue hip-bridge");
        assertThat(metric("report_documents_incomplete_total")).isGreaterThanOrEqualTo(2);

        CatalogueStandIn.up();
        // the highest clinician version that is complete (not currentVersion: the report row and the document list
        // are two reads, and a re-render may commit between them)
        int version = Await.until("a complete version", Duration.ofSeconds(90), () -> {
            Response r = given().auth().oauth2(CLINICIAN).get("/api/v1/reports/{id}", id);
            List<Integer> complete = r.path("versions.findAll { it.kind == 'CLINICIAN' && it.contentComplete }.version");
            return complete == null || complete.isEmpty() ? null : complete.get(complete.size() - 1);
        });
        assertThat(version).isGreaterThan(1);
        assertThat(PdfChecks.text(given().auth().oauth2(CLINICIAN).get("/api/v1/reports/{id}/pdf", id)
                .then().statusCode(200).extract().asByteArray())).contains("Catalogue hip-bridge");
        assertThat(PdfChecks.text(handout(id))).contains("Catalogue hip-bridge", "Catalogue step one.");
        assertThat(metric("report_documents_rerendered_total")).isGreaterThanOrEqualTo(1);
    }

    static byte[] handout(String id) {
        return given().auth().oauth2(CLINICIAN).get("/api/v1/reports/{id}/handout.pdf", id)
                .then().statusCode(200).extract().asByteArray();
    }

    static double metric(String name) {
        String metrics = given().get(ManagementInterface.metrics()).then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
