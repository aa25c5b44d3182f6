package health.hipspine.assessment;

import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.assessment.support.Submissions;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.ManagementInterface;
import health.hipspine.testing.ObservabilityFiles;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health and metrics are on the management interface (own port, no token) and no longer on the API port; the
 * domain metrics an operator watches are there, and every metric deploy/observability's alerts and dashboard name
 * for this service is in the scrape.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class ObservabilityTest {

    @Test
    void domainMetricsAreScrapedFromTheManagementPortWithoutAToken() throws Exception {
        given().auth().oauth2(TestTokens.clinician(TestTokens.CLINIC_A)).contentType("application/json")
                .body(Submissions.hip("pt-observed-1")).when().post("/api/v1/assessments").then().statusCode(201);

        String metrics = given().when().get(ManagementInterface.metrics()).then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("assessment_submissions_total\\{triage=\"[A-Z_]+\"} [1-9]");
        assertThat(metrics).containsPattern("assessment_scoring_seconds_count [1-9]");
        assertThat(metrics).contains("assessment_outbox_backlog", "assessment_outbox_oldest_unsent_seconds");
        ObservabilityFiles.assertExposedBy("assessment-service", metrics);

        given().when().get(ManagementInterface.url("/q/health/ready")).then().statusCode(200);
        // the API port serves neither metrics nor health any more, even to a valid token
        given().auth().oauth2(TestTokens.admin()).when().get("/q/metrics").then().statusCode(404);
    }
}
