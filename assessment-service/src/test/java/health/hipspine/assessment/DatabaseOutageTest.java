package health.hipspine.assessment;

import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.assessment.support.Submissions;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * PostgreSQL really stopped (the embedded server shut down, connections refused) under the running service:
 * requests answer 503 with Retry-After as a problem, not 500; once PostgreSQL is back the very next request
 * succeeds (the pool validates connections before lending them).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class DatabaseOutageTest {

    static final String CLINICIAN = TestTokens.clinician(TestTokens.CLINIC_A);

    io.restassured.response.ValidatableResponse post(String patient) {
        return given().auth().oauth2(CLINICIAN).contentType("application/json").body(Submissions.hip(patient))
                .when().post("/api/v1/assessments").then();
    }

    @Test
    void aStoppedDatabaseAnswers503WithRetryAfterAndTheFirstRequestAfterItReturnsSucceeds() {
        String before = post("pt-" + UUID.randomUUID()).statusCode(201).extract().path("id");

        PostgresTestResource.stopServer();
        try {
            post("pt-" + UUID.randomUUID()).statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("https://hipspine.health/problems/service-unavailable"))
                    .body("status", equalTo(503));
            given().auth().oauth2(CLINICIAN).when().get("/api/v1/assessments/" + before).then().statusCode(503)
                    .header("Retry-After", "5");
        } finally {
            PostgresTestResource.restartServer();
        }

        post("pt-" + UUID.randomUUID()).statusCode(201);
        given().auth().oauth2(CLINICIAN).when().get("/api/v1/assessments/" + before).then().statusCode(200);
    }

    @Test
    void aFailureThatIsNotAnOutageStillAnswersAsBefore() {
        // a malformed id never reaches the database: the outage mapper must not turn ordinary answers into 503
        given().auth().oauth2(CLINICIAN).when().get("/api/v1/assessments/not-a-uuid").then().statusCode(404);
    }
}
