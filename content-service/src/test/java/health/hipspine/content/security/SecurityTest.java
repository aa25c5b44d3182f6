package health.hipspine.content.security;

import health.hipspine.testing.contract.MalformedRequests;
import health.hipspine.testing.ManagementInterface;
import health.hipspine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Who may do what: health and API documents are public, reads need any valid token, edits need content-editor. */
@QuarkusTest
class SecurityTest {

    static final String[] READS = {"/api/v1/release", "/api/v1/conditions", "/api/v1/conditions/hip-osteoarthritis",
            "/api/v1/conditions/hip-osteoarthritis/exercises", "/api/v1/exercises", "/api/v1/exercises/bridge",
            "/api/v1/exercises/bridge/progressions", "/api/v1/exercises/bridge/regressions", "/api/v1/education",
            "/api/v1/education/when-to-seek-urgent-help", "/api/v1/audit", "/api/v1/findings",
            "/api/v1/findings/test.slr", "/api/v1/red-flags", "/api/v1/red-flags/redflag.fever"};

    @Test
    void healthAndApiDocumentsNeedNoToken() {
        given().when().get(ManagementInterface.url("/q/health")).then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void metricsAreOnTheManagementPortWithoutATokenAndNoLongerOnTheApiPort() throws Exception {
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/release").then().statusCode(200);
        String metrics = given().when().get(ManagementInterface.metrics()).then().statusCode(200).extract().asString();
        health.hipspine.testing.ObservabilityFiles.assertExposedBy("content-service", metrics);
        given().auth().oauth2(TestTokens.admin()).when().get("/q/metrics").then().statusCode(404);
    }

    @Test
    @MalformedRequests("an empty exercise body: the 401 comes before the body is read")
    void everyApiPathAnswers401WithoutAToken() {
        for (String path : READS) {
            given().when().get(path).then().statusCode(401);
        }
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/exercises").then().statusCode(401);
    }

    @Test
    void everyRoleMayRead() {
        for (String token : new String[] {TestTokens.clinician(TestTokens.CLINIC_A), TestTokens.integration(TestTokens.CLINIC_B),
                TestTokens.contentEditor(), TestTokens.admin()}) {
            given().auth().oauth2(token).when().get("/api/v1/exercises/bridge").then().statusCode(200);
        }
    }

    @Test
    @MalformedRequests("an empty exercise body: the 401 comes before the body is read")
    void expiredForeignIssuerWrongAudienceForeignKeyAndTamperedTokensAre401() {
        for (String bad : new String[] {
                TestTokens.token().roles("content-editor").expired().sign(),
                TestTokens.token().roles("content-editor").issuer("https://evil.example.com").sign(),
                TestTokens.token().roles("content-editor").audience("another-api").sign(),
                TestTokens.token().roles("content-editor").signWithForeignKey(),
                TestTokens.token().roles("content-editor").signAndTamper()}) {
            given().auth().oauth2(bad).when().get("/api/v1/release").then().statusCode(401);
            given().auth().oauth2(bad).contentType(ContentType.JSON).body("{}")
                    .when().post("/api/v1/exercises").then().statusCode(401);
        }
    }

    @Test
    @MalformedRequests("incomplete exercise bodies: the 403 comes before the body is read")
    void onlyContentEditorsEdit() {
        for (String token : new String[] {TestTokens.clinician(TestTokens.CLINIC_A), TestTokens.integration(TestTokens.CLINIC_A),
                TestTokens.admin()}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"code\":\"x\"}")
                    .when().post("/api/v1/exercises").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"v1\"").body("{}")
                    .when().put("/api/v1/conditions/hip-osteoarthritis").then().statusCode(403);
            given().auth().oauth2(token).header("If-Match", "\"v1\"")
                    .when().post("/api/v1/education/posture-and-load/retire").then().statusCode(403);
        }
    }

    @Test
    void auditAndSourceAreForEditorsAndAdminsOnly() {
        String clinician = TestTokens.clinician(TestTokens.CLINIC_A);
        given().auth().oauth2(clinician).when().get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(clinician).when().get("/api/v1/exercises/bridge/source").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/audit").then().statusCode(200);
        given().auth().oauth2(TestTokens.contentEditor()).when().get("/api/v1/exercises/bridge/source")
                .then().statusCode(200).header("ETag", notNullValue());
    }

    @Test
    void responsesCarrySecurityHeaders() {
        given().auth().oauth2(TestTokens.clinician(TestTokens.CLINIC_A)).when().get("/api/v1/release").then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", notNullValue());
    }

    @Test
    @MalformedRequests("an oversized body of one field, to prove the 413")
    void anOversizedBodyIs413BeforeAnythingIsParsed() {
        String huge = "{\"code\":\"" + "x".repeat(600 * 1024) + "\"}";
        given().auth().oauth2(TestTokens.contentEditor()).contentType(ContentType.JSON).body(huge)
                .when().post("/api/v1/exercises").then().statusCode(413);
    }

    @Test
    @MalformedRequests("CORS preflights (OPTIONS), which no operation declares")
    void corsAllowsOnlyConfiguredOrigins() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/exercises").then()
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
        given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/exercises").then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theOpenApiDocumentDescribesEditsAndTheReadOnlyModelData() {
        String doc = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(doc)
                .contains("/api/v1/exercises/{code}/retire", "/api/v1/conditions/{code}/source", "/api/v1/audit",
                        "/api/v1/findings/{code}", "/api/v1/red-flags/{code}", "\"412\"", "\"428\"", "\"304\"",
                        "is a model change")
                .contains("violations");
    }
}
