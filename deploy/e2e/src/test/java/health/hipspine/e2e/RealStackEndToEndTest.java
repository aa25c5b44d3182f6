package health.hipspine.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.stack.LocalStack;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Boots the real stack exactly as {@code deploy/local/run.sh} does (same {@link LocalStack} class:
 * PostgreSQL, Kafka, Keycloak with the demo realm and the three packaged services), in a temporary
 * data directory on free ports ({@link SharedStack}, one for all end-to-end classes), and talks to it only over HTTP with tokens from the real Keycloak.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedStack.Resolver.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealStackEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The probe endpoint of each service that needs a token and answers 200 with any valid one. */
    private static final Map<String, String> PROTECTED = Map.of(
            "content-service", "/api/v1/release",
            "assessment-service", "/api/v1/patients/e2e-probe/assessments",
            "report-service", "/api/v1/reports");

    private Path data;
    private LocalStack stack;
    private String createdAssessmentId;

    /** The stack is shared with the browser tests (ConsoleBrowserTest) and stopped when the run ends. */
    @BeforeAll
    void useTheSharedStack(SharedStack shared) {
        stack = shared.stack;
        data = shared.data;
    }

    // ---- health, 401 without a token, 200 with one -------------------------------------------------

    @Test
    @Order(1)
    void everyServiceReportsItselfHealthyWithoutAToken() {
        for (String service : LocalStack.SERVICES) {
            // health and metrics are on the management port, without a token; the API port no longer serves them
            Response r = given().get(stack.managementUrl(service) + "/q/health");
            expect(r, 200, service + " GET /q/health (management)");
            assertEquals("UP", r.jsonPath().getString("status"), service + " health: " + r.asString());
            Response metrics = given().get(stack.managementUrl(service) + "/q/metrics");
            expect(metrics, 200, service + " GET /q/metrics (management)");
            assertTrue(metrics.asString().contains("jvm_memory_used_bytes"), service + " metrics");
        }
    }

    @Test
    @Order(2)
    void everyServiceRefusesAnApiCallWithoutAToken() {
        PROTECTED.forEach((service, path) ->
                expect(given().get(stack.serviceUrl(service) + path), 401, service + " GET " + path + " without a token"));
    }

    @Test
    @Order(3)
    void aForgedTokenIsRefusedEverywhere() {
        String forged = clinicianToken("alice").replaceFirst("\\.[^.]+\\.", "." + base64(
                "{\"iss\":\"http://evil\",\"aud\":\"hipspine-api\",\"clinic_id\":\"clinic-b\"}") + ".");
        PROTECTED.forEach((service, path) -> expect(given().auth().oauth2(forged).get(stack.serviceUrl(service) + path),
                401, service + " GET " + path + " with a tampered token"));
    }

    @Test
    @Order(4)
    void aClinicianTokenFromKeycloakReachesTheContentApi() {
        expect(given().auth().oauth2(clinicianToken("alice")).get(stack.serviceUrl("content-service") + "/api/v1/release"),
                200, "content-service GET /api/v1/release with alice's token");
    }

    @Test
    @Order(5)
    void keycloakTokensCarryTheClinicTheRolesAndTheApiAudience() {
        JsonNode alice = claims(clinicianToken("alice"));
        JsonNode bob = claims(clinicianToken("bob"));
        JsonNode ehr = claims(ehrToken("ehr-clinic-a"));
        assertEquals("clinic-a", alice.path("clinic_id").asText(), "alice's clinic: " + alice);
        assertEquals("clinic-b", bob.path("clinic_id").asText(), "bob's clinic: " + bob);
        assertEquals("clinic-a", ehr.path("clinic_id").asText(), "EHR client's clinic: " + ehr);
        for (JsonNode token : List.of(alice, bob, ehr)) {
            assertTrue(audiences(token).contains("hipspine-api"), "aud must name hipspine-api: " + token);
            assertEquals(stack.keycloak().realmUrl(), token.path("iss").asText(), "issuer");
        }
        assertTrue(roles(alice).contains("clinician"), "alice is a clinician: " + alice);
        assertTrue(roles(ehr).contains("integration"), "the EHR client has the integration role: " + ehr);
        assertFalse(roles(ehr).contains("clinician"), "the EHR client is not a clinician: " + ehr);
    }

    @Test
    @Order(6)
    void theAdminConsoleAcceptsTheDemoAdministratorPrintedByTheRunCommand() {
        Response r = given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", health.hipspine.stack.Keycloak.ADMIN_USER,
                        "password", health.hipspine.stack.Keycloak.ADMIN_PASSWORD))
                .post(stack.keycloak().url() + "/realms/master/protocol/openid-connect/token");
        expect(r, 200, "master-realm token for the demo administrator");
    }

    @Test
    @Order(7)
    void theAssessmentAndReportApisAnswerWithAToken() {
        String token = clinicianToken("alice");
        org.junit.jupiter.api.Assertions.assertAll(Stream.of("assessment-service", "report-service").map(service -> () -> {
            String path = PROTECTED.get(service);
            expect(given().auth().oauth2(token).get(stack.serviceUrl(service) + path), 200,
                    service + " GET " + path + " with alice's token");
        }));
    }

    // ---- issue 6: clinic isolation across the real stack ---------------------------------------------

    @Test
    @Order(10)
    void aClinicianCreatesAndReadsBackAnAssessmentOfHerClinic() {
        String id = aliceAssessment();
        Response read = given().auth().oauth2(clinicianToken("alice"))
                .get(stack.serviceUrl("assessment-service") + "/api/v1/assessments/" + id);
        expect(read, 200, "alice reads her assessment back");
        assertEquals(id, read.jsonPath().getString("id"));
    }

    @Test
    @Order(11)
    void aClinicianOfAnotherClinicCannotSeeIt() {
        String id = aliceAssessment();
        String bob = clinicianToken("bob");
        expect(given().auth().oauth2(bob).get(stack.serviceUrl("assessment-service") + "/api/v1/assessments/" + id),
                404, "bob (clinic-b) reads alice's (clinic-a) assessment");
        Response list = given().auth().oauth2(bob)
                .get(stack.serviceUrl("assessment-service") + "/api/v1/patients/e2e-001/assessments");
        if (list.statusCode() == 200) {
            assertFalse(list.asString().contains(id), "bob's history of e2e-001 must not list clinic-a's assessment: " + list.asString());
        } else {
            expect(list, 404, "bob lists patient e2e-001 (known only in clinic-a)");
        }
    }

    @Test
    @Order(12)
    void theEhrClientOfTheSameClinicCanReadItAndTheOtherClinicsCannot() {
        String id = aliceAssessment();
        expect(given().auth().oauth2(ehrToken("ehr-clinic-a"))
                        .get(stack.serviceUrl("assessment-service") + "/api/v1/assessments/" + id),
                200, "ehr-clinic-a reads a clinic-a assessment");
        expect(given().auth().oauth2(ehrToken("ehr-clinic-b"))
                        .get(stack.serviceUrl("assessment-service") + "/api/v1/assessments/" + id),
                404, "ehr-clinic-b reads a clinic-a assessment");
    }

    @Test
    @Order(13)
    void theReportForTheAssessmentBecomesReadyForItsClinicOnly() throws InterruptedException {
        String id = aliceAssessment();
        String alice = clinicianToken("alice");
        String url = stack.serviceUrl("report-service") + "/api/v1/reports?patientRef=e2e-001";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            Response r = given().auth().oauth2(alice).get(url);
            last = r.statusCode() + " " + r.asString();
            if (r.statusCode() == 200) {
                List<Map<String, Object>> ready = r.jsonPath().getList("items.findAll { it.assessmentId == '" + id
                        + "' && it.status == 'READY' }");
                if (ready != null && !ready.isEmpty()) {
                    Response bobList = given().auth().oauth2(clinicianToken("bob")).get(url);
                    assertFalse(bobList.asString().contains(id), "bob must not see clinic-a's report: " + bobList.asString());
                    return;
                }
            }
            Thread.sleep(500);
        }
        fail("no READY report for assessment " + id + " within 60 s; last answer of GET " + url + ": " + last);
    }

    @Test
    @Order(20)
    void noServiceLogContainsThePatientReferenceAfterTheFlow() throws IOException {
        aliceAssessment();
        for (String service : LocalStack.SERVICES) {
            Path log = data.resolve("services/" + service + ".log");
            assertTrue(Files.exists(log), "log of " + service + " at " + log);
            assertFalse(Files.readString(log).contains("e2e-001"), service + " logged the patient reference; see " + log);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** Alice's assessment for patient e2e-001, created once per run (the first caller creates it). */
    private synchronized String aliceAssessment() {
        if (createdAssessmentId == null) {
            String body = """
                    {"patientRef":"e2e-001","encounterDate":"%s","age":67,"sex":"female",
                     "findings":[{"code":"pain.groin","value":true}]}""".formatted(LocalDate.now());
            Response created = given().auth().oauth2(clinicianToken("alice")).contentType(ContentType.JSON).body(body)
                    .post(stack.serviceUrl("assessment-service") + "/api/v1/assessments");
            expect(created, 201, "alice POST /api/v1/assessments");
            createdAssessmentId = created.jsonPath().getString("id");
            assertTrue(createdAssessmentId != null && !createdAssessmentId.isBlank(), "201 without id: " + created.asString());
        }
        return createdAssessmentId;
    }

    private String clinicianToken(String user) {
        return token(Map.of("grant_type", "password", "client_id", "hipspine-web", "username", user,
                "password", user + "-demo"), user);
    }

    private String ehrToken(String client) {
        return token(Map.of("grant_type", "client_credentials", "client_id", client,
                "client_secret", "demo-secret-" + client), client);
    }

    private String token(Map<String, String> form, String who) {
        Response r = given().contentType(ContentType.URLENC).formParams(form).post(stack.keycloak().tokenUrl());
        expect(r, 200, "Keycloak token for " + who);
        return r.jsonPath().getString("access_token");
    }

    private static JsonNode claims(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new AssertionError("not a JWT: " + jwt, e);
        }
    }

    private static List<String> audiences(JsonNode token) {
        JsonNode aud = token.path("aud");
        return aud.isArray() ? Stream.of(JSON.convertValue(aud, String[].class)).toList() : List.of(aud.asText());
    }

    private static List<String> roles(JsonNode token) {
        return Stream.of(JSON.convertValue(token.path("realm_access").path("roles"), String[].class)).toList();
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Fails with the request, the expected and actual status and the answer's body. */
    private static void expect(Response response, int status, String what) {
        if (response.statusCode() != status) {
            fail(what + ": expected HTTP " + status + " but got " + response.statusCode() + " " + response.asString());
        }
    }

    static {
        RestAssured.config = RestAssured.config().httpClient(
                io.restassured.config.HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", 10_000)
                        .setParam("http.socket.timeout", 30_000));
    }
}
