package health.hipspine.report;

import ca.uhn.fhir.context.FhirContext;
import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.fhirkit.Canonicals;
import health.hipspine.fhirkit.validation.R4Validator;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import health.hipspine.testing.contract.MalformedRequests;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.security.MessageDigest;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/**
 * Reports as FHIR R4, as an EHR sees them: every resource validates against base R4 with HAPI's offline instance
 * validator (zero errors), the presentedForm's size and SHA-1 are those of the PDF the URL downloads, another clinic
 * finds nothing, errors are OperationOutcomes, reads are audited like the JSON API's.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirReportTest extends ReportTestBase {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final R4Validator VALIDATOR = new R4Validator(FHIR);
    static final String PATIENT = "PT-FHIR-7001";

    String reportA;

    @BeforeEach
    void oneReportOfClinicA() {
        if (reportA == null) {
            AssessmentCompletedV1 event = event(TestTokens.CLINIC_A, PATIENT);
            PUBLISHER.publish(event);
            reportA = awaitReady(event);
        }
    }

    @Test
    void diagnosticReportValidatesAndItsAttachmentIsTheDownloadedPdf() throws Exception {
        String json = fhir(CLINICIAN_A, "/fhir/r4/DiagnosticReport/" + reportA).then().statusCode(200)
                .contentType("application/fhir+json").extract().asString();
        assertValid(json);
        DiagnosticReport dr = parse(json, DiagnosticReport.class);
        assertThat(dr.getStatus()).isEqualTo(DiagnosticReport.DiagnosticReportStatus.FINAL);
        assertThat(dr.getSubject().getIdentifier().getSystem()).isEqualTo(Canonicals.PATIENT_REF);
        assertThat(dr.getSubject().getIdentifier().getValue()).isEqualTo(PATIENT);
        Attachment pdf = dr.getPresentedFormFirstRep();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");

        byte[] downloaded = given().auth().oauth2(CLINICIAN_A).get(pdf.getUrl()).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(downloaded).isEqualTo(pdf(CLINICIAN_A, reportA));
        assertThat(pdf.getSize()).isEqualTo(downloaded.length);
        assertThat(pdf.getHash()).isEqualTo(MessageDigest.getInstance("SHA-1").digest(downloaded));
    }

    @Test
    void searchBySubjectIdentifierIsASearchsetOfTheClinicOnly() {
        String json = fhir(CLINICIAN_A, "/fhir/r4/DiagnosticReport?subject:identifier=" + Canonicals.PATIENT_REF + "|" + PATIENT)
                .then().statusCode(200).extract().asString();
        assertValid(json);
        Bundle bundle = parse(json, Bundle.class);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(bundle.getTotal()).isEqualTo(1);
        assertThat(bundle.getEntryFirstRep().getFullUrl()).endsWith("/fhir/r4/DiagnosticReport/" + reportA);

        Bundle otherClinic = parse(fhir(CLINICIAN_B, "/fhir/r4/DiagnosticReport?subject:identifier=" + PATIENT)
                .then().statusCode(200).extract().asString(), Bundle.class);
        assertThat(otherClinic.getTotal()).isZero();
        assertThat(otherClinic.getEntry()).isEmpty();

        Bundle otherSystem = parse(fhir(CLINICIAN_A, "/fhir/r4/DiagnosticReport?subject:identifier=urn:oid:1.2.3|" + PATIENT)
                .then().statusCode(200).extract().asString(), Bundle.class);
        assertThat(otherSystem.getEntry()).isEmpty();
    }

    @Test
    void clinicBCannotReadClinicAsReportOrHandout() {
        for (String path : List.of("/fhir/r4/DiagnosticReport/", "/fhir/r4/DocumentReference/")) {
            Response r = fhir(CLINICIAN_B, path + reportA);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertOutcome(r, OperationOutcome.IssueType.NOTFOUND);
        }
    }

    @Test
    void handoutIsADocumentReferenceWithOneAttachmentPerLanguage() {
        // render the English handout first, so its size is known
        given().auth().oauth2(CLINICIAN_A).header("Accept-Language", "en").get("/api/v1/reports/{id}/handout.pdf", reportA)
                .then().statusCode(200);
        String json = fhir(CLINICIAN_A, "/fhir/r4/DocumentReference/" + reportA).then().statusCode(200).extract().asString();
        assertValid(json);
        DocumentReference doc = parse(json, DocumentReference.class);
        assertThat(doc.getContent()).extracting(c -> c.getAttachment().getLanguage()).containsExactly("en", "es");
        Attachment en = doc.getContentFirstRep().getAttachment();
        byte[] downloaded = given().auth().oauth2(CLINICIAN_A).header("Accept-Language", "en").get(en.getUrl())
                .then().statusCode(200).extract().asByteArray();
        assertThat(en.getSize()).isEqualTo(downloaded.length);

        String search = fhir(TestTokens.integration(TestTokens.CLINIC_A), "/fhir/r4/DocumentReference?subject:identifier=" + PATIENT)
                .then().statusCode(200).extract().asString();
        assertValid(search);
        assertThat(parse(search, Bundle.class).getEntry()).hasSize(1);
    }

    @Test
    void errorsAreOperationOutcomes() {
        Response noToken = given().accept("application/fhir+json").get("/fhir/r4/DiagnosticReport/" + reportA);
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(noToken.header("WWW-Authenticate")).startsWith("Bearer");
        assertOutcome(noToken, OperationOutcome.IssueType.LOGIN);

        for (String path : List.of("/fhir/r4/DiagnosticReport", "/fhir/r4/DocumentReference", "/fhir/r4/DocumentReference/" + reportA)) {
            given().get(path).then().statusCode(401);
        }

        // an expired token is refused before JAX-RS (proactive authentication): fhir-kit's FhirSecurityFailures answers
        Response expired = fhir(TestTokens.token().roles("clinician").expired().sign(), "/fhir/r4/DiagnosticReport/" + reportA);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.header("WWW-Authenticate")).startsWith("Bearer");
        assertOutcome(expired, OperationOutcome.IssueType.LOGIN);

        Response wrongRole = fhir(TestTokens.contentEditor(), "/fhir/r4/DiagnosticReport/" + reportA);
        assertThat(wrongRole.statusCode()).isEqualTo(403);
        assertOutcome(wrongRole, OperationOutcome.IssueType.FORBIDDEN);

        Response noClinic = fhir(TestTokens.token().subject("drifter").roles("clinician").sign(), "/fhir/r4/DiagnosticReport");
        assertThat(noClinic.statusCode()).isEqualTo(403);
        assertOutcome(noClinic, OperationOutcome.IssueType.FORBIDDEN);

        Response notAnId = fhir(CLINICIAN_A, "/fhir/r4/DiagnosticReport/not-a-uuid");
        assertThat(notAnId.statusCode()).isEqualTo(404);
        assertOutcome(notAnId, OperationOutcome.IssueType.NOTFOUND);

        // the JSON API keeps its problem details
        given().auth().oauth2(CLINICIAN_B).get("/api/v1/reports/{id}", reportA).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @MalformedRequests("_count below the contract's minimum of 1, to prove the 400 OperationOutcome")
    void aCountBelowOneIsA400OperationOutcome() {
        Response badCount = fhir(CLINICIAN_A, "/fhir/r4/DiagnosticReport?_count=0");
        assertThat(badCount.statusCode()).isEqualTo(400);
        assertOutcome(badCount, OperationOutcome.IssueType.INVALID);
    }

    @Test
    void capabilityStatementIsPublicAndValid() {
        String json = given().get("/fhir/r4/metadata").then().statusCode(200).contentType("application/fhir+json")
                .extract().asString();
        assertValid(json);
    }

    @Test
    void fhirReadsAreAuditedAsReportReads() {
        fhir(CLINICIAN_A, "/fhir/r4/DiagnosticReport/" + reportA).then().statusCode(200);
        fhir(CLINICIAN_B, "/fhir/r4/DiagnosticReport/" + reportA).then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).queryParam("resourceId", reportA).queryParam("action", "READ")
                .queryParam("resourceType", "report").queryParam("outcome", "SUCCESS")
                .get("/api/v1/admin/audit").then().statusCode(200).body("total", greaterThanOrEqualTo(1));
        given().auth().oauth2(TestTokens.admin()).queryParam("resourceId", reportA).queryParam("action", "READ")
                .queryParam("outcome", "NOT_FOUND").queryParam("clinic", TestTokens.CLINIC_B)
                .get("/api/v1/admin/audit").then().statusCode(200).body("total", greaterThanOrEqualTo(1));
    }

    private static Response fhir(String token, String path) {
        return given().auth().oauth2(token).accept("application/fhir+json").get(path);
    }

    private static void assertOutcome(Response response, OperationOutcome.IssueType type) {
        assertThat(response.contentType()).startsWith("application/fhir+json");
        String json = response.asString();
        assertValid(json);
        assertThat(parse(json, OperationOutcome.class).getIssueFirstRep().getCode()).isEqualTo(type);
    }

    private static void assertValid(String json) {
        assertThat(VALIDATOR.errors(json)).as(json).isEmpty();
    }

    static <T extends Resource> T parse(String json, Class<T> type) {
        return FHIR.newJsonParser().parseResource(type, json);
    }
}
