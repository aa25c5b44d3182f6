package health.hipspine.report;

import health.hipspine.testing.contract.MalformedRequests;
import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** The report API: clinic isolation, roles, tokens, downloads, ETags, handout language, regeneration, audit. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest extends ReportTestBase {

    @Inject
    AgroalDataSource dataSource;

    String reportA;
    AssessmentCompletedV1 eventA;

    /** One READY report of clinic A, made before each test that needs it (once; RestAssured is ready only then). */
    @BeforeEach
    void oneReportOfClinicA() {
        if (reportA == null) {
            eventA = event(TestTokens.CLINIC_A, "PT-2001");
            PUBLISHER.publish(eventA);
            reportA = awaitReady(eventA);
        }
    }

    @Test
    void anotherClinicsReportAnswers404EverywhereAndIsNeverListed() {
        for (String path : List.of("/api/v1/reports/{id}", "/api/v1/reports/{id}/pdf", "/api/v1/reports/{id}/handout.pdf")) {
            given().auth().oauth2(CLINICIAN_B).get(path, reportA).then().statusCode(404);
            given().auth().oauth2(TestTokens.integration(TestTokens.CLINIC_B)).get(path, reportA).then().statusCode(404);
        }
        given().auth().oauth2(CLINICIAN_B).get("/api/v1/assessments/{id}/report", eventA.assessmentId()).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(CLINICIAN_B).post("/api/v1/reports/{id}/regenerate", reportA).then().statusCode(404);
        given().auth().oauth2(CLINICIAN_B).queryParam("patientRef", "PT-2001").get("/api/v1/reports").then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(CLINICIAN_B).get("/api/v1/reports").then().statusCode(200)
                .body("items.clinicId", everyItem(equalTo("clinic-b")));
    }

    @Test
    void theOwningClinicsIntegrationClientReadsTheReport() {
        given().auth().oauth2(TestTokens.integration(TestTokens.CLINIC_A)).get("/api/v1/reports/{id}", reportA).then().statusCode(200)
                .body("patientRef", equalTo("PT-2001"));
        given().auth().oauth2(TestTokens.integration(TestTokens.CLINIC_A)).get("/api/v1/reports/{id}/pdf", reportA).then().statusCode(200);
    }

    @Test
    void noTokenAnswers401AndEveryBadTokenToo() {
        given().get("/api/v1/reports").then().statusCode(401);
        given().get("/api/v1/reports/{id}/pdf", reportA).then().statusCode(401);
        given().get("/api/v1/admin/dead-letters").then().statusCode(401);
        for (String bad : new String[] {
                TestTokens.token().roles("clinician").clinic(TestTokens.CLINIC_A).expired().sign(),
                TestTokens.token().roles("clinician").clinic(TestTokens.CLINIC_A).issuer("https://evil.example.com").sign(),
                TestTokens.token().roles("clinician").clinic(TestTokens.CLINIC_A).audience("another-api").sign(),
                TestTokens.token().roles("clinician").clinic(TestTokens.CLINIC_A).signWithForeignKey(),
                TestTokens.token().roles("clinician").clinic(TestTokens.CLINIC_A).signAndTamper() }) {
            given().auth().oauth2(bad).get("/api/v1/reports/{id}", reportA).then().statusCode(401);
            given().auth().oauth2(bad).get("/api/v1/reports/{id}/pdf", reportA).then().statusCode(401);
        }
    }

    @Test
    void wrongRoleAnswers403() {
        String editor = TestTokens.token().subject("editor").roles("content-editor").clinic(TestTokens.CLINIC_A).sign();
        given().auth().oauth2(editor).get("/api/v1/reports/{id}", reportA).then().statusCode(403);
        given().auth().oauth2(editor).get("/api/v1/reports/{id}/pdf", reportA).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/reports/{id}/pdf", reportA).then().statusCode(403);
        given().auth().oauth2(CLINICIAN_A).get("/api/v1/admin/dead-letters").then().statusCode(403);
        given().auth().oauth2(CLINICIAN_A).get("/api/v1/admin/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.integration(TestTokens.CLINIC_A)).post("/api/v1/reports/{id}/regenerate", reportA).then().statusCode(403);
    }

    @Test
    void aTokenWithoutAClinicCannotTouchReports() {
        String noClinic = TestTokens.token().subject("drifter").roles("clinician").sign();
        given().auth().oauth2(noClinic).get("/api/v1/reports").then().statusCode(403);
        given().auth().oauth2(noClinic).get("/api/v1/reports/{id}", reportA).then().statusCode(403);
        given().auth().oauth2(noClinic).get("/api/v1/reports/{id}/pdf", reportA).then().statusCode(403);
    }

    @Test
    void downloadCarriesDispositionAndETagAndAMatchingIfNoneMatchAnswers304() {
        String etag = given().auth().oauth2(CLINICIAN_A).get("/api/v1/reports/{id}/pdf", reportA).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment; filename=\"report-" + reportA))
                .header("ETag", notNullValue())
                .extract().header("ETag");
        given().auth().oauth2(CLINICIAN_A).header("If-None-Match", etag).get("/api/v1/reports/{id}/pdf", reportA).then().statusCode(304);
        given().auth().oauth2(CLINICIAN_A).header("If-None-Match", "\"something-else\"").get("/api/v1/reports/{id}/pdf", reportA)
                .then().statusCode(200);
    }

    @Test
    void handoutFollowsAcceptLanguageAndSpanishIsSpanish() {
        byte[] es = given().auth().oauth2(CLINICIAN_A).header("Accept-Language", "es-ES,es;q=0.9,en;q=0.5")
                .get("/api/v1/reports/{id}/handout.pdf", reportA).then().statusCode(200)
                .contentType("application/pdf").header("Content-Language", "es").extract().asByteArray();
        // the sample event is URGENT: the handout opens with what to do now and holds the exercises
        assertThat(PdfChecks.text(es)).contains("Su plan de ejercicios", "Qué hacer ahora", "Cuándo pedir ayuda enseguida", "PT-2001")
                .doesNotContain("Bridge");
        assertThat(PdfChecks.violations(es, PDFAFlavour.PDFA_2_A)).isEmpty();
        byte[] en = given().auth().oauth2(CLINICIAN_A).header("Accept-Language", "fr, en;q=0.8")
                .get("/api/v1/reports/{id}/handout.pdf", reportA).then().statusCode(200)
                .header("Content-Language", "en").extract().asByteArray();
        assertThat(PdfChecks.text(en)).contains("Your exercise plan", "When to get help straight away");
        // the handout is archived on first download: the second is the same file
        String etag = given().auth().oauth2(CLINICIAN_A).header("Accept-Language", "es").get("/api/v1/reports/{id}/handout.pdf", reportA)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(CLINICIAN_A).header("Accept-Language", "es").header("If-None-Match", etag)
                .get("/api/v1/reports/{id}/handout.pdf", reportA).then().statusCode(304);
    }

    @Test
    void regenerationAddsAVersionAndKeepsTheOriginalByteForByte() {
        AssessmentCompletedV1 event = event(TestTokens.CLINIC_A, "PT-2002");
        PUBLISHER.publish(event);
        String id = awaitReady(event);
        byte[] original = pdf(CLINICIAN_A, id);

        given().auth().oauth2(CLINICIAN_A).queryParam("reason", "template update").post("/api/v1/reports/{id}/regenerate", id)
                .then().statusCode(200).body("version", equalTo(2)).body("status", equalTo("READY"));
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/reports/{id}/regenerate", id).then().statusCode(200)
                .body("version", equalTo(3)).body("$", not(org.hamcrest.Matchers.hasKey("patientRef")));

        given().auth().oauth2(CLINICIAN_A).get("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("currentVersion", equalTo(3))
                .body("versions.version", equalTo(List.of(1, 2, 3)))
                .body("versions.reason", hasItem("template update"));
        byte[] v1 = given().auth().oauth2(CLINICIAN_A).queryParam("version", 1).get("/api/v1/reports/{id}/pdf", id)
                .then().statusCode(200).extract().asByteArray();
        assertThat(v1).isEqualTo(original);
        assertThat(PdfChecks.text(pdf(CLINICIAN_A, id))).contains("report version 3");
        given().auth().oauth2(CLINICIAN_A).queryParam("version", 9).get("/api/v1/reports/{id}/pdf", id).then().statusCode(404);
    }

    @Test
    void everyDownloadIsAuditedWithSubjectClientAndOutcomeAndTheTrailIsAppendOnly() throws SQLException {
        String integration = TestTokens.integration(TestTokens.CLINIC_A);
        given().auth().oauth2(integration).get("/api/v1/reports/{id}/pdf", reportA).then().statusCode(200);
        given().auth().oauth2(CLINICIAN_B).get("/api/v1/reports/{id}/pdf", reportA).then().statusCode(404);

        // the service kit's audit vocabulary: DOWNLOAD of resource type report (was DOWNLOAD_REPORT), actorSubject (was subject)
        given().auth().oauth2(TestTokens.admin()).queryParam("resourceId", reportA).queryParam("action", "DOWNLOAD")
                .queryParam("resourceType", "report")
                .get("/api/v1/admin/audit").then().statusCode(200)
                .body("items.find { it.actorSubject == 'service-account-ehr-clinic-a' }.clientId", equalTo("ehr-clinic-a"))
                .body("items.find { it.actorSubject == 'service-account-ehr-clinic-a' }.outcome", equalTo("SUCCESS"))
                .body("items.find { it.actorSubject == 'clinician-clinic-b' }.outcome", equalTo("NOT_FOUND"))
                .body("items.find { it.actorSubject == 'clinician-clinic-b' }.clinicId", equalTo("clinic-b"));

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // the kit's table (audit_entry) replaced audit_record, whose rows V3 copied over
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_entry SET outcome = 'SUCCESS'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM report_document"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    @MalformedRequests("a date, size and id off their declared schemas, to prove the 400 names each")
    void malformedParametersAnswer400NamingTheField() {
        given().auth().oauth2(CLINICIAN_A).queryParam("from", "yesterday").get("/api/v1/reports").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("field", equalTo("from"));
        given().auth().oauth2(CLINICIAN_A).queryParam("size", 1000).get("/api/v1/reports").then().statusCode(400)
                .body("field", equalTo("size"));
        given().auth().oauth2(CLINICIAN_A).queryParam("assessmentId", "nope").get("/api/v1/reports").then().statusCode(400)
                .body("field", equalTo("assessmentId"));
    }

    @Test
    @MalformedRequests("ids, version, page and limit off their declared schemas, to prove the 400 names each")
    void aMalformedIdVersionPageOrLimitAnswers400NamingItNever404() {
        given().auth().oauth2(CLINICIAN_A).get("/api/v1/reports/{id}", "not-a-uuid").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("field", equalTo("id"));
        given().auth().oauth2(CLINICIAN_A).get("/api/v1/assessments/{id}/report", "nope").then().statusCode(400)
                .body("field", equalTo("assessmentId"));
        given().auth().oauth2(CLINICIAN_A).queryParam("version", "abc").get("/api/v1/reports/{id}/pdf", reportA).then().statusCode(400)
                .body("field", equalTo("version"));
        given().auth().oauth2(CLINICIAN_A).queryParam("version", 0).get("/api/v1/reports/{id}/pdf", reportA).then().statusCode(400)
                .body("field", equalTo("version"));
        given().auth().oauth2(CLINICIAN_A).queryParam("page", "abc").get("/api/v1/reports").then().statusCode(400)
                .body("field", equalTo("page"));
        given().auth().oauth2(TestTokens.admin()).queryParam("limit", "x").get("/api/v1/admin/dead-letters").then().statusCode(400)
                .body("field", equalTo("limit"));
    }

    @Test
    void listFiltersByPatientAndEncounterDate() {
        given().auth().oauth2(CLINICIAN_A).queryParam("patientRef", "PT-2001").queryParam("from", "2026-11-20").queryParam("to", "2026-11-20")
                .get("/api/v1/reports").then().statusCode(200)
                .body("total", equalTo(1)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items[0].id", equalTo(reportA));
        given().auth().oauth2(CLINICIAN_A).queryParam("patientRef", "PT-2001").queryParam("from", "2026-11-21")
                .get("/api/v1/reports").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @MalformedRequests("CORS preflights (OPTIONS), which no operation declares")
    void responsesCarrySecurityHeadersAndCorsAllowsOnlyConfiguredOrigins() {
        given().auth().oauth2(CLINICIAN_A).get("/api/v1/reports/{id}", reportA).then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", startsWith("default-src 'none'"));
        given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/reports").then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void openApiDocumentIsPublicAndDescribesTheReportEndpoints() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/reports/{id}/pdf'.get.responses.'304'.description", notNullValue())
                .body("paths.'/api/v1/admin/dead-letters/{id}/redrive'.post.responses.'202'", notNullValue());
    }
}
