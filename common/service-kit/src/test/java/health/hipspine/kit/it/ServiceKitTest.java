package health.hipspine.kit.it;

import health.hipspine.kit.audit.AuditAction;
import health.hipspine.kit.audit.AuditActor;
import health.hipspine.kit.audit.AuditEvent;
import health.hipspine.kit.audit.AuditOutcome;
import health.hipspine.kit.audit.AuditTrail;
import health.hipspine.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = KitDatabase.class, initArgs = @ResourceArg(name = "database", value = "kit"))
@QuarkusTestResource(OidcWiremockTestResource.class)
class ServiceKitTest {

    private static final String INVALID_PARAMETER = "https://hipspine.health/problems/invalid-parameter";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditTrail audit;

    // ---- parameters: 400 naming the parameter, never 404 or the Java method path

    @Test
    void anUnparseableQueryParameterAnswers400NamingIt() {
        given().queryParam("size", "abc").get("/things").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo(INVALID_PARAMETER)).body("field", equalTo("size"))
                .body("violations.field", contains("size"));
        given().queryParam("limit", "abc").get("/things").then().statusCode(400).body("field", equalTo("limit"));
    }

    @Test
    void anUnparseablePathParameterAnswers400NamingIt() {
        given().get("/things/abc").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo(INVALID_PARAMETER)).body("field", equalTo("id"));
    }

    @Test
    void aNulInATextParameterAnswers400NamingItNot500() {
        // found by fuzzing (issue #12): a path code holding %00 reached a PostgreSQL lookup, which refuses U+0000 (500)
        given().urlEncodingEnabled(false).get("/things/named/a%00b").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo(INVALID_PARAMETER)).body("field", equalTo("code"));
        given().urlEncodingEnabled(false).auth().oauth2(TestTokens.admin()).get("/api/v1/admin/audit?resourceId=%00").then()
                .statusCode(400).body("type", equalTo(INVALID_PARAMETER)).body("field", equalTo("resourceId"));
        given().get("/things/named/plain").then().statusCode(200).body("found", equalTo(0));
    }

    @Test
    void anOutOfRangeParameterAnswers400NamingItNotTheMethodArgument() {
        given().queryParam("size", 0).get("/things").then().statusCode(400)
                .body("type", equalTo(INVALID_PARAMETER)).body("violations.field", contains("size"));
        given().queryParam("size", 101).queryParam("page", -1).queryParam("limit", 99).get("/things").then().statusCode(400)
                .body("violations.field", containsInAnyOrder("limit", "page", "size"));
    }

    @Test
    void aValidListAnswersThePageEnvelope() {
        given().queryParam("limit", 5).queryParam("page", 1).queryParam("size", 2).get("/things").then().statusCode(200)
                .body("items", contains(2, 3)).body("total", equalTo(5)).body("page", equalTo(1)).body("size", equalTo(2));
    }

    // ---- bodies: malformed 400, rule-breaking 422 with JSON paths

    @Test
    void aMalformedBodyAnswers400() {
        given().contentType("application/json").body("{\"name\": ").post("/things").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://hipspine.health/problems/invalid-submission"));
        given().contentType("application/json").body("{\"name\":\"a\",\"count\":\"many\",\"parts\":[]}").post("/things")
                .then().statusCode(400).body("violations[0].field", equalTo("count"));
    }

    @Test
    void aBodyBreakingItsConstraintsAnswers422WithJsonPaths() {
        given().contentType("application/json").body("{\"name\":\" \",\"count\":0,\"parts\":[{\"label\":\"ok\"},{\"label\":\"\"}]}")
                .post("/things").then().statusCode(422)
                .body("type", equalTo("https://hipspine.health/problems/invalid-submission"))
                .body("violations.field", containsInAnyOrder("count", "name", "parts[1].label"));
    }

    @Test
    void otherHttpErrorsKeepTheirStatusAndHeaders() {
        given().delete("/things").then().statusCode(405).contentType(startsWith("application/problem+json"));
        given().get("/things/busy").then().statusCode(429).contentType(startsWith("application/problem+json"))
                .header("Retry-After", equalTo("5")).body("title", equalTo("Too Many Requests"));
        given().get("/nothing-here").then().statusCode(404);
    }

    // ---- caller

    @Test
    void aServiceAccountIsNamedByItsClientAndAnAnonymousCallerIsSafe() {
        given().auth().oauth2(TestTokens.integration(TestTokens.CLINIC_A)).get("/things/me").then().statusCode(200)
                .body("login", equalTo("ehr-clinic-a")).body("clientId", equalTo("ehr-clinic-a"))
                .body("clinic", equalTo("clinic-a")).body("roles", contains("integration")).body("bearer", equalTo(true));
        given().get("/things/me").then().statusCode(200)
                .body("subject", equalTo("anonymous")).body("login", equalTo("anonymous")).body("bearer", equalTo(false));
    }

    @Test
    void aTokenWithoutClinicIsRefusedPatientData() {
        given().auth().oauth2(TestTokens.token().subject("nowhere").roles("clinician").sign())
                .post("/things/1/audited").then().statusCode(403)
                .body("type", equalTo("https://hipspine.health/problems/no-clinic"));
    }

    // ---- audit

    @Test
    void anEntryWrittenInTheActionsTransactionIsListedForAnAdmin() {
        long id = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        given().auth().oauth2(TestTokens.token().subject("sub-7").username("dr.lena").roles("clinician")
                        .clinic(TestTokens.CLINIC_B).clientId("hipspine-web").sign())
                .post("/things/" + id + "/audited").then().statusCode(200);

        given().auth().oauth2(TestTokens.admin()).queryParam("resourceId", Long.toString(id)).queryParam("actor", "dr.lena")
                .queryParam("action", "update").queryParam("clinic", "clinic-b").get("/api/v1/admin/audit").then()
                .statusCode(200)
                .body("total", equalTo(1)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items[0].actorSubject", equalTo("sub-7")).body("items[0].actorLogin", equalTo("dr.lena"))
                .body("items[0].clientId", equalTo("hipspine-web")).body("items[0].clinicId", equalTo("clinic-b"))
                .body("items[0].action", equalTo("UPDATE")).body("items[0].resourceType", equalTo("thing"))
                .body("items[0].resourceVersion", equalTo(3)).body("items[0].outcome", equalTo("SUCCESS"))
                .body("items[0].status", equalTo(200)).body("items[0].detail.clinicSeen", equalTo("clinic-b")).body("items[0].detail.bytes", equalTo(1234));
    }

    @Test
    void anActionThatRollsBackTakesItsEntryWithIt() {
        long id = 2_000_000 + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        given().auth().oauth2(TestTokens.clinician(TestTokens.CLINIC_A)).queryParam("fail", true)
                .post("/things/" + id + "/audited").then().statusCode(500);
        given().auth().oauth2(TestTokens.admin()).queryParam("resourceId", Long.toString(id)).get("/api/v1/admin/audit")
                .then().statusCode(200).body("total", equalTo(0)).body("items", empty());
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> audit.record(AuditActor.system("test"),
                AuditEvent.of(AuditAction.IMPORT, "thing", "x", AuditOutcome.SUCCESS)))
                .isInstanceOf(TransactionalException.class);
        // a refusal has no transaction to join: recordAlone writes in its own
        audit.recordAlone(AuditActor.system("import"), AuditEvent.refused(AuditAction.IMPORT, "thing", "y", 409));
        given().auth().oauth2(TestTokens.admin()).queryParam("actor", "import").queryParam("outcome", "REFUSED")
                .get("/api/v1/admin/audit").then().statusCode(200)
                .body("items.resourceId", hasItem("y")).body("items[0].actorSubject", equalTo("system:import"));
    }

    @Test
    void routingAndMediaTypeRefusalsAreTypedProblems() {
        // found by fuzzing (issue #12): these 4xx came without a problem type, the 413 without any body
        given().post("/things/1/nowhere").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://hipspine.health/problems/not-found")).body("status", equalTo(404));
        given().contentType("text/plain").body("{}").post("/things").then().statusCode(415)
                .contentType("application/problem+json").body("type", equalTo("about:blank")).body("title", equalTo("Unsupported Media Type"));
        given().contentType("application/json").body("{\"name\":\"" + "y".repeat(600 * 1024) + "\"}").post("/things").then()
                .statusCode(413).contentType("application/problem+json").body("type", equalTo("https://hipspine.health/problems/payload-too-large"));
    }

    @Test
    void aUriOverTheLimitIsATypedProblemNotAnEmpty414() {
        // found by fuzzing (issue #12): Vert.x answered a request line over 4096 bytes with an empty 414 and closed
        given().urlEncodingEnabled(false).get("/things/named/" + "x".repeat(5000)).then().statusCode(414)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://hipspine.health/problems/uri-too-long")).body("status", equalTo(414))
                .body("title", equalTo("URI Too Long"));
        given().urlEncodingEnabled(false).queryParam("q", "y".repeat(20_000)).get("/things").then().statusCode(414)
                .contentType(startsWith("application/problem+json"));
        given().get("/things/named/" + "x".repeat(4000)).then().statusCode(200);
    }

    @Test
    void belowFhirALimitRefusalIsAnOperationOutcome() {
        // found by fuzzing (issue #12): FHIR clients got our problem type for an oversized $assess body or path
        given().contentType("application/fhir+json").body("{\"resourceType\":\"" + "y".repeat(600 * 1024) + "\"}")
                .post("/fhir/r4/QuestionnaireResponse/$assess").then().statusCode(413)
                .contentType(startsWith("application/fhir+json")).body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].severity", equalTo("error")).body("issue[0].code", equalTo("too-long"));
        given().urlEncodingEnabled(false).get("/fhir/r4/RiskAssessment/" + "x".repeat(5000)).then().statusCode(414)
                .contentType(startsWith("application/fhir+json")).body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void aRefusalNamingAClientTextWithNulIsStillAudited() {
        // found by fuzzing (issue #12): a code with U+0000 made the refusal's audit row, and so the request, fail with 500;
        // PostgreSQL text and jsonb cannot hold U+0000
        audit.recordAlone(AuditActor.system("fuzz"), AuditEvent.refused(AuditAction.UPDATE, "thing", "nul\u0000code", 422)
                .withDetail(java.util.Map.of("reason", "bad \u0000 text", "first", java.util.List.of("a\u0000"))));
        given().auth().oauth2(TestTokens.admin()).queryParam("actor", "fuzz").get("/api/v1/admin/audit").then().statusCode(200)
                .body("items[0].resourceId", equalTo("nul\ufffdcode")).body("items[0].detail.reason", equalTo("bad \ufffd text"))
                .body("items[0].detail.first[0]", equalTo("a\ufffd"));
    }

    @Test
    void theAuditListCountsAllMatchesAndPagesNewestFirst() {
        String type = "paged-" + UUID.randomUUID();
        for (String id : new String[] {"first", "second", "third"}) {
            audit.recordAlone(AuditActor.system("test"), AuditEvent.of(AuditAction.READ, type, id, AuditOutcome.SUCCESS));
        }
        given().auth().oauth2(TestTokens.admin()).queryParam("resourceType", type).queryParam("size", 2)
                .get("/api/v1/admin/audit").then().statusCode(200)
                .body("total", equalTo(3)).body("items.resourceId", contains("third", "second"));
        given().auth().oauth2(TestTokens.admin()).queryParam("resourceType", type).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/admin/audit").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1)).body("items.resourceId", contains("first"));
        given().auth().oauth2(TestTokens.admin()).queryParam("resourceType", type).queryParam("page", 9)
                .get("/api/v1/admin/audit").then().statusCode(200).body("total", equalTo(3)).body("items", empty());
    }

    @Test
    void theAuditListIsForAdminsOnly() {
        given().auth().oauth2(TestTokens.clinician(TestTokens.CLINIC_A)).get("/api/v1/admin/audit").then().statusCode(403);
        given().get("/api/v1/admin/audit").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void aRejectedTokenAnswers401WithTheBearerChallengeAsAProblem() {
        for (String rejected : new String[] {
                TestTokens.token().roles("admin").expired().sign(),
                TestTokens.token().roles("admin").signWithForeignKey(),
                TestTokens.token().roles("admin").signAndTamper()}) {
            given().auth().oauth2(rejected).get("/api/v1/admin/audit").then().statusCode(401)
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("https://hipspine.health/problems/unauthorized"), "status", equalTo(401));
        }
    }

    @Test
    void theAuditListNamesABadFilter() {
        given().auth().oauth2(TestTokens.admin()).queryParam("action", "DOWNLOAD_REPORT").get("/api/v1/admin/audit")
                .then().statusCode(400).body("field", equalTo("action"));
        given().auth().oauth2(TestTokens.admin()).queryParam("from", "yesterday").get("/api/v1/admin/audit")
                .then().statusCode(400).body("field", equalTo("from"));
        given().auth().oauth2(TestTokens.admin()).queryParam("size", 500).get("/api/v1/admin/audit")
                .then().statusCode(400).body("field", equalTo("size"));
    }

    @Test
    void theAuditTableRefusesUpdateAndDelete() throws SQLException {
        audit.recordAlone(AuditActor.system("test"), AuditEvent.of(AuditAction.READ, "thing", "z", AuditOutcome.SUCCESS));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_entry SET actor_login = 'someone-else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }
}
