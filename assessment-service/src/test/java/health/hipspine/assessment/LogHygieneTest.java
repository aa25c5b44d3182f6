package health.hipspine.assessment;

import health.hipspine.testing.contract.MalformedRequests;
import health.hipspine.testing.ManagementInterface;
import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.assessment.support.Submissions;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A patient's pseudonym is still personal data: a full flow (create, read, history, a refused
 * request, the event relay, a metrics scrape) must not write it to the application log or into a
 * metric label.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class LogHygieneTest {

    static final String PATIENT = "pt-CANARY-7f3a9c";

    static final class Capture extends Handler {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLoggerName() + " " + formatter.formatMessage(record));
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(' ').append(trace);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    @MalformedRequests("the patientRef as the age, to prove a refused value is not logged either")
    void aFullFlowNeverLogsThePatientRefNorPutsItInAMetricLabel() throws Exception {
        Capture capture = new Capture();
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            String clinician = TestTokens.clinician(TestTokens.CLINIC_A);
            String id = given().auth().oauth2(clinician).contentType("application/json").header("Idempotency-Key", "k-" + PATIENT)
                    .body(Submissions.hip(PATIENT)).when().post("/api/v1/assessments").then().statusCode(201).extract().path("id");
            given().auth().oauth2(clinician).contentType("application/json").header("Idempotency-Key", "k-" + PATIENT)
                    .body(Submissions.hip(PATIENT, "2026-11-20", 1, 1)).when().post("/api/v1/assessments").then().statusCode(422);
            given().auth().oauth2(clinician).contentType("application/json")
                    .body(Submissions.hip(PATIENT).replace("\"age\":64", "\"age\":\"" + PATIENT + "\"")).when().post("/api/v1/assessments")
                    .then().statusCode(400);
            given().auth().oauth2(clinician).contentType("application/json")
                    .body(Submissions.hip(PATIENT).replace("\"pain.groin\"", "\"" + PATIENT + "\"")).when().post("/api/v1/assessments")
                    .then().statusCode(422);
            given().auth().oauth2(clinician).when().get("/api/v1/assessments/" + id).then().statusCode(200);
            given().auth().oauth2(clinician).when().get("/api/v1/patients/" + PATIENT + "/assessments").then().statusCode(200);
            given().auth().oauth2(TestTokens.clinician(TestTokens.CLINIC_B)).when().get("/api/v1/patients/" + PATIENT + "/assessments")
                    .then().statusCode(200);
            given().auth().oauth2(TestTokens.token().roles("clinician").sign()).when()
                    .get("/api/v1/patients/" + PATIENT + "/assessments").then().statusCode(403);
            Thread.sleep(1_500); // let the relay publish the event (its payload carries the patientRef)

            String metrics = given().when().get(ManagementInterface.metrics()).then().statusCode(200).extract().asString();
            assertThat(metrics).contains("assessment_outbox_backlog").doesNotContain(PATIENT);
        } finally {
            root.removeHandler(capture);
        }
        assertThat(capture.lines).as("something was logged during the flow").isNotEmpty();
        assertThat(capture.lines).noneMatch(line -> line.contains(PATIENT));
    }
}
