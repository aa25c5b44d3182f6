package health.hipspine.assessment;

import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The clinician console's files and its config load without a token (the page must load before anyone signs in),
 * with a CSP that allows no inline or foreign script; the API beside it still refuses a call without a token.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class ConsoleTest {

    @Test
    void thePageAndItsModulesLoadWithoutATokenUnderAStrictContentSecurityPolicy() {
        given().when().get("/console/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<script type=\"module\" src=\"js/app.js\">"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Frame-Options", "DENY");
        for (String file : new String[] {"js/app.js", "js/auth.js", "js/api.js", "js/i18n.js", "console.css"}) {
            given().when().get("/console/" + file).then().statusCode(200);
        }
    }

    @Test
    void theConfigNamesThePublicClientAndTheServicesAsABrowserAddressesThem() {
        given().when().get("/console/config.json").then().statusCode(200)
                .body("clientId", equalTo("hipspine-web"))
                .body("assessmentServiceUrl", equalTo(""))
                .body("contentServiceUrl", equalTo("http://localhost:8081"))
                .body("reportServiceUrl", equalTo("http://localhost:8083"))
                .body("oidcUrl", containsString("/realms/"));
    }

    @Test
    void theApiBesideTheConsoleStillNeedsAToken() {
        given().when().get("/api/v1/patients/pt-1/assessments").then().statusCode(401);
    }

    @Test
    void theConsoleIsNotPartOfTheApiContract() {
        given().when().get("/q/openapi?format=json").then().statusCode(200).body(not(containsString("/console")));
    }
}
