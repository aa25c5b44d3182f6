package health.hipspine.report;

import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.testing.TestTokens;
import io.restassured.response.Response;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Shared steps: publish an event, wait for its report. */
abstract class ReportTestBase {

    static final EventPublisher PUBLISHER = new EventPublisher();
    static final String CLINICIAN_A = TestTokens.clinician(TestTokens.CLINIC_A);
    static final String CLINICIAN_B = TestTokens.clinician(TestTokens.CLINIC_B);

    static AssessmentCompletedV1 event(String clinic, String patientRef) {
        return SampleEvents.typical(UUID.randomUUID(), clinic, patientRef);
    }

    /** Waits until the assessment's report is READY in its clinic and returns the report id. */
    static String awaitReady(AssessmentCompletedV1 event) {
        String token = TestTokens.clinician(event.clinicId());
        return Await.until("report of " + event.assessmentId() + " READY", Duration.ofSeconds(60), () -> {
            Response r = given().auth().oauth2(token).get("/api/v1/assessments/{id}/report", event.assessmentId());
            return r.statusCode() == 200 && "READY".equals(r.path("status")) ? r.<String>path("id") : null;
        });
    }

    static byte[] pdf(String token, String reportId) {
        return given().auth().oauth2(token).get("/api/v1/reports/{id}/pdf", reportId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }
}
