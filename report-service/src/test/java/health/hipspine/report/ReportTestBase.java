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
    // signed once per JVM: valid for an hour, since a loaded machine takes more than the default 5 minutes for the suite
    static final String CLINICIAN_A = clinician(TestTokens.CLINIC_A);
    static final String CLINICIAN_B = clinician(TestTokens.CLINIC_B);

    /** The same token as {@link TestTokens#clinician}, valid for an hour. */
    static String clinician(String clinic) {
        return TestTokens.token().subject("clinician-" + clinic).roles("clinician").clinic(clinic).expiresInSeconds(3600).sign();
    }

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
