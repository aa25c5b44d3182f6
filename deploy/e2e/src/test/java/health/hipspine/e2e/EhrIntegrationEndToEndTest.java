package health.hipspine.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import health.hipspine.stack.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * An EHR integration of clinic A against the real stack, as docs/fhir.md and docs/cds-hooks.md tell an integrator:
 * SMART Backend Services (client ehr-backend-demo authenticates to the real Keycloak with private_key_jwt, signed here
 * with the committed TEST-ONLY key, and asks for the SMART scopes), a QuestionnaireResponse to $assess, the
 * RiskAssessment back, later the DiagnosticReport whose presentedForm PDF downloads with the stated size and SHA-1;
 * and clinic B's EHR client sees none of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedStack.Resolver.class)
class EhrIntegrationEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FHIR_JSON = "application/fhir+json";
    private static final String PATIENT_REF_SYSTEM = "http://hipspine.health/fhir/sid/patient-ref";
    private static final String SCOPES = "system/*.read system/QuestionnaireResponse.write";

    private LocalStack stack;

    @BeforeAll
    void useTheSharedStack(SharedStack shared) {
        stack = shared.stack;
    }

    private String tokenUrl() {
        return stack.keycloak().tokenUrl();
    }

    private String assessmentUrl() {
        return stack.serviceUrl("assessment-service");
    }

    private String reportUrl() {
        return stack.serviceUrl("report-service");
    }

    /** presentedForm.url is absolute (the report service's own base); a relative one would be against that base. */
    private String absolute(String url) {
        return url.startsWith("http") ? url : reportUrl() + (url.startsWith("/") ? "" : "/") + url;
    }

    private String ehrToken(String client) {
        Response r = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", client).formParam("client_secret", "demo-secret-" + client).post(tokenUrl());
        expect(r, 200, "Keycloak token for " + client);
        return r.jsonPath().getString("access_token");
    }

    @Test
    void anEhrOfClinicASubmitsAQuestionnaireResponseAndLaterDownloadsTheReportPdfWhileClinicBSeesNothing() throws Exception {
        // 1. SMART Backend Services: client credentials with a JWT assertion signed by the EHR's private key
        Response granted = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .formParam("client_assertion", assertion("ehr-backend-demo", tokenUrl()))
                .formParam("scope", SCOPES)
                .post(tokenUrl());
        expect(granted, 200, "private_key_jwt grant of ehr-backend-demo");
        String ehrA = granted.jsonPath().getString("access_token");
        List<String> scopes = List.of(granted.jsonPath().getString("scope").split(" "));
        assertTrue(scopes.containsAll(List.of(SCOPES.split(" "))), "granted scopes " + scopes);
        JsonNode claims = claims(ehrA);
        assertEquals("clinic-a", claims.path("clinic_id").asText(), "clinic of ehr-backend-demo: " + claims);
        assertTrue(claims.path("scope").asText().contains("system/QuestionnaireResponse.write"), "scope claim: " + claims);

        // a forged assertion (signed by another key) gets no token
        PrivateKey other = java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        Response refused = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .formParam("client_assertion", assertion("ehr-backend-demo", tokenUrl(), other))
                .post(tokenUrl());
        assertTrue(refused.statusCode() == 400 || refused.statusCode() == 401, "forged assertion: " + refused.statusCode());

        // 2. $assess: a QuestionnaireResponse in, the RiskAssessment out
        String patientRef = "e2e-fhir-" + UUID.randomUUID().toString().substring(0, 8);
        Response assessed = given().auth().oauth2(ehrA).contentType(FHIR_JSON).accept(FHIR_JSON)
                .body(questionnaireResponse(patientRef))
                .post(assessmentUrl() + "/fhir/r4/QuestionnaireResponse/$assess");
        expect(assessed, 201, "POST $assess");
        assertEquals("RiskAssessment", assessed.jsonPath().getString("entry[0].resource.resourceType"));
        String riskAssessmentId = assessed.jsonPath().getString("entry[0].resource.id");
        String location = assessed.header("Location");
        assertTrue(location.endsWith("/fhir/r4/RiskAssessment/" + riskAssessmentId), "Location " + location);
        expect(given().auth().oauth2(ehrA).accept(FHIR_JSON).get(assessmentUrl() + "/fhir/r4/RiskAssessment/" + riskAssessmentId),
                200, "clinic A reads its RiskAssessment");

        // 3. later: the DiagnosticReport of that assessment, READY, whose PDF downloads with the stated size and hash
        String search = reportUrl() + "/fhir/r4/DiagnosticReport?subject:identifier=" + PATIENT_REF_SYSTEM + "|" + patientRef;
        JsonNode report = awaitFinalReport(ehrA, search, riskAssessmentId);
        JsonNode pdf = report.path("presentedForm").path(0);
        assertEquals("application/pdf", pdf.path("contentType").asText(), "presentedForm " + pdf);
        byte[] bytes = given().auth().oauth2(ehrA).get(absolute(pdf.path("url").asText())).then().statusCode(200)
                .extract().asByteArray();
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(pdf.path("size").asLong(), bytes.length, "presentedForm.size");
        assertArrayEquals(Base64.getDecoder().decode(pdf.path("hash").asText()), MessageDigest.getInstance("SHA-1").digest(bytes),
                "presentedForm.hash is the SHA-1 of the downloaded bytes");

        // 4. clinic B's EHR client sees none of it
        String ehrB = ehrToken("ehr-clinic-b");
        expect(given().auth().oauth2(ehrB).accept(FHIR_JSON).get(assessmentUrl() + "/fhir/r4/RiskAssessment/" + riskAssessmentId),
                404, "clinic B reads clinic A's RiskAssessment");
        Response riskSearchB = given().auth().oauth2(ehrB).accept(FHIR_JSON)
                .get(assessmentUrl() + "/fhir/r4/RiskAssessment?subject=" + PATIENT_REF_SYSTEM + "|" + patientRef);
        expect(riskSearchB, 200, "clinic B searches the patient's RiskAssessments");
        assertEquals(0, riskSearchB.jsonPath().getList("entry") == null ? 0 : riskSearchB.jsonPath().getList("entry").size(),
                "clinic B's searchset: " + riskSearchB.asString());
        expect(given().auth().oauth2(ehrB).accept(FHIR_JSON).get(reportUrl() + "/fhir/r4/DiagnosticReport/" + report.path("id").asText()),
                404, "clinic B reads clinic A's DiagnosticReport");
        Response reportSearchB = given().auth().oauth2(ehrB).accept(FHIR_JSON).get(search);
        expect(reportSearchB, 200, "clinic B searches the patient's DiagnosticReports");
        assertFalse(reportSearchB.asString().contains(riskAssessmentId), "clinic B's searchset: " + reportSearchB.asString());
        int pdfB = given().auth().oauth2(ehrB).get(absolute(pdf.path("url").asText())).statusCode();
        assertEquals(404, pdfB, "clinic B downloads clinic A's PDF");
    }

    private JsonNode awaitFinalReport(String token, String search, String assessmentId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            Response r = given().auth().oauth2(token).accept(FHIR_JSON).get(search);
            last = r.statusCode() + " " + r.asString();
            if (r.statusCode() == 200) {
                for (JsonNode entry : JSON.readTree(r.asString()).path("entry")) {
                    JsonNode dr = entry.path("resource");
                    boolean ofIt = false;
                    for (JsonNode id : dr.path("identifier")) {
                        ofIt |= assessmentId.equals(id.path("value").asText());
                    }
                    if (ofIt && "final".equals(dr.path("status").asText()) && dr.path("presentedForm").size() > 0) {
                        return dr;
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no final DiagnosticReport for assessment " + assessmentId + " within 90 s; last: " + last);
    }

    /** The SMART Backend Services client assertion: RS384, iss = sub = client id, aud = the token endpoint, 5 minutes. */
    static String assertion(String clientId, String audience) throws IOException, GeneralSecurityException {
        Path root = Path.of(System.getProperty("hipspine.root", "../..")).toAbsolutePath().normalize();
        String pem = Files.readString(root.resolve("deploy/keycloak/test-keys/ehr-backend-demo.TEST-ONLY.key.pem"));
        byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        return assertion(clientId, audience, KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
    }

    static String assertion(String clientId, String audience, PrivateKey key) throws GeneralSecurityException {
        long now = Instant.now().getEpochSecond();
        String header = base64("{\"alg\":\"RS384\",\"typ\":\"JWT\"}");
        String payload = base64(("{\"iss\":\"%s\",\"sub\":\"%s\",\"aud\":\"%s\",\"jti\":\"%s\",\"iat\":%d,\"exp\":%d}")
                .formatted(clientId, clientId, audience, UUID.randomUUID(), now, now + 300));
        Signature signer = Signature.getInstance("SHA384withRSA");
        signer.initSign(key);
        signer.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
    }

    static String questionnaireResponse(String patientRef) {
        return """
                {"resourceType":"QuestionnaireResponse","status":"completed",
                 "questionnaire":"http://hipspine.health/fhir/Questionnaire/hip-spine-assessment",
                 "subject":{"identifier":{"system":"%s","value":"%s"}},
                 "authored":"%s",
                 "item":[
                  {"linkId":"context","item":[
                    {"linkId":"age","answer":[{"valueInteger":64}]},
                    {"linkId":"sex","answer":[{"valueCoding":{"system":"http://hl7.org/fhir/administrative-gender","code":"female"}}]}]},
                  {"linkId":"group.symptom","item":[
                    {"linkId":"pain.groin","answer":[{"valueBoolean":true}]},
                    {"linkId":"pain.groin.side","answer":[{"valueCoding":{"system":"http://hipspine.health/fhir/CodeSystem/side","code":"right"}}]}]},
                  {"linkId":"nprs","answer":[{"valueInteger":6}]}]}"""
                .formatted(PATIENT_REF_SYSTEM, patientRef, LocalDate.now());
    }

    private static JsonNode claims(String jwt) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void expect(Response response, int status, String what) {
        if (response.statusCode() != status) {
            fail(what + ": expected HTTP " + status + " but got " + response.statusCode() + " " + response.asString());
        }
    }
}
