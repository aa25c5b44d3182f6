package health.hipspine.content;

import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "content"))
@QuarkusTestResource(OidcWiremockTestResource.class)
class SkeletonTest {

    @Test
    void healthIsUpWithoutAToken() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void apiNeedsAToken() {
        given().when().get("/api/v1/release").then().statusCode(401);
    }

    @Test
    void validTokenIsAccepted() {
        given().auth().oauth2(TestTokens.clinician(TestTokens.CLINIC_A)).when().get("/api/v1/release").then().statusCode(200);
    }

    @Test
    void badTokensAreRejected() {
        for (String bad : new String[] {
                TestTokens.token().roles("clinician").expired().sign(),
                TestTokens.token().roles("clinician").issuer("https://evil.example.com").sign(),
                TestTokens.token().roles("clinician").audience("another-api").sign(),
                TestTokens.token().roles("clinician").signWithForeignKey(),
                TestTokens.token().roles("clinician").signAndTamper() }) {
            given().auth().oauth2(bad).when().get("/api/v1/release").then().statusCode(401);
        }
    }
}
