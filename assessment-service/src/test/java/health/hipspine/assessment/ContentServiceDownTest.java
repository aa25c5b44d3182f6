package health.hipspine.assessment;

import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.assessment.support.Submissions;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** With the content service unreachable, scoring still answers; the plan says it is incomplete. */
@QuarkusTest
@TestProfile(ContentServiceDownTest.ContentServiceAway.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class ContentServiceDownTest {

    /** Port 9 (discard) on loopback: nothing listens, connections are refused at once. */
    public static class ContentServiceAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.content.url", "http://127.0.0.1:9");
        }
    }

    @Test
    void scoringStillWorksAndThePlanSaysItIsIncomplete() {
        for (int i = 0; i < 6; i++) { // enough calls to open the circuit breaker, and still 201 each time
            given().auth().oauth2(TestTokens.clinician(TestTokens.CLINIC_A)).contentType("application/json")
                    .body(Submissions.hip("pt-content-down-" + i)).when().post("/api/v1/assessments").then().statusCode(201)
                    .body("triage.level", notNullValue())
                    .body("differential.size()", equalTo(6))
                    .body("contentRelease", equalTo("unavailable"))
                    .body("exercisePlan.complete", equalTo(false))
                    .body("exercisePlan.note", notNullValue())
                    .body("exercisePlan.items.size()", equalTo(0))
                    .body("warnings.code", hasItem("content-unavailable"));
        }
    }
}
