package health.hipspine.report;

import health.hipspine.testing.ManagementInterface;
import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.events.AssessmentEvents;
import health.hipspine.report.service.ProcessedEventRetention;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** What an operator relies on: canonical audit ids, bounded regeneration, pruned bookkeeping, readiness without Kafka. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class OperationsTest extends ReportTestBase {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ProcessedEventRetention retention;

    @Test
    void aDownloadByUpperCaseIdIsAuditedUnderTheCanonicalId() {
        AssessmentCompletedV1 event = event(TestTokens.CLINIC_A, "PT-3001");
        PUBLISHER.publish(event);
        String id = awaitReady(event);
        String upper = id.toUpperCase(Locale.ROOT);
        given().auth().oauth2(CLINICIAN_A).get("/api/v1/reports/{id}/pdf", upper).then().statusCode(200);
        given().auth().oauth2(CLINICIAN_A).get("/api/v1/reports/{id}/handout.pdf", upper).then().statusCode(200);
        given().auth().oauth2(CLINICIAN_A).get("/api/v1/reports/{id}", upper).then().statusCode(200).body("id", equalTo(id));

        given().auth().oauth2(TestTokens.admin()).queryParam("resourceId", upper).get("/api/v1/admin/audit").then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(TestTokens.admin()).queryParam("resourceId", id).queryParam("action", "DOWNLOAD").get("/api/v1/admin/audit")
                .then().statusCode(200).body("items.resourceType", org.hamcrest.Matchers.hasItems("report", "handout"));
    }

    @Test
    void regenerationIsLimitedPerClinicWith429AndRetryAfterWhileOtherClinicsGoOn() {
        // the test profile allows 3 regenerations per clinic per hour
        String clinic = "clinic-rate-" + UUID.randomUUID();
        AssessmentCompletedV1 event = event(clinic, "PT-3002");
        PUBLISHER.publish(event);
        String id = awaitReady(event);
        String clinician = TestTokens.clinician(clinic);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(clinician).post("/api/v1/reports/{id}/regenerate", id).then().statusCode(200);
        }
        given().auth().oauth2(clinician).post("/api/v1/reports/{id}/regenerate", id).then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("https://hipspine.health/problems/too-many-requests"));
        // another clinic has its own budget
        AssessmentCompletedV1 other = event(TestTokens.CLINIC_B, "PT-3003");
        PUBLISHER.publish(other);
        String otherId = awaitReady(other);
        given().auth().oauth2(CLINICIAN_B).post("/api/v1/reports/{id}/regenerate", otherId).then().statusCode(200);
        given().auth().oauth2(clinician).get("/api/v1/reports/{id}", id).then().statusCode(200).body("currentVersion", equalTo(4));
    }

    @Test
    void processedEventIdsOlderThanTheRetentionArePrunedAndARedeliveryStillMakesNoSecondReport() throws SQLException {
        AssessmentCompletedV1 event = event(TestTokens.CLINIC_A, "PT-3004");
        String ceId = UUID.randomUUID().toString();
        byte[] data = EventPublisher.json(event);
        PUBLISHER.publish(AssessmentEvents.TOPIC, ceId, AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1, event.assessmentId().toString(), "clinic-a", data);
        String id = awaitReady(event);
        assertThat(processed(ceId)).isTrue();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE processed_event SET processed_at = now() - interval '400 days' WHERE event_id = ?")) {
            s.setString(1, ceId);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertThat(retention.prune()).isGreaterThanOrEqualTo(1);
        assertThat(processed(ceId)).isFalse();

        PUBLISHER.publish(AssessmentEvents.TOPIC, ceId, AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1, event.assessmentId().toString(), "clinic-a", data);
        AssessmentCompletedV1 marker = event(TestTokens.CLINIC_A, "PT-3004-marker");
        PUBLISHER.publish(marker);
        awaitReady(marker);
        given().auth().oauth2(CLINICIAN_A).queryParam("assessmentId", event.assessmentId()).get("/api/v1/reports").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void readinessAndDownloadsStayUpWhileKafkaIsDown() {
        AssessmentCompletedV1 event = event(TestTokens.CLINIC_A, "PT-3005");
        PUBLISHER.publish(event);
        String id = awaitReady(event);
        KafkaTestResource.stopBroker();
        try {
            given().get(ManagementInterface.url("/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
            pdf(CLINICIAN_A, id);
            given().auth().oauth2(CLINICIAN_A).get("/api/v1/reports").then().statusCode(200).body("items.id", hasItem(id));
        } finally {
            KafkaTestResource.restartBroker();
        }
        AssessmentCompletedV1 after = event(TestTokens.CLINIC_A, "PT-3006");
        PUBLISHER.publish(after);
        awaitReady(after);
    }

    private boolean processed(String eventId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM processed_event WHERE event_id = ?")) {
            s.setString(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }
}
