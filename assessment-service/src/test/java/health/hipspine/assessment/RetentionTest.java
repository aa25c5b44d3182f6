package health.hipspine.assessment;

import health.hipspine.assessment.service.Retention;
import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.assessment.support.Submissions;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention with the shipped defaults: outbox rows sent more than 7 days ago are deleted (in batches; the test
 * profile's batch size is 2), newer ones, pending and parked ones are kept; an Idempotency-Key older than 24 h is
 * deleted, so its retry is a new request, while a key inside the 24 h still replays its first answer.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class RetentionTest {

    static final String CLINICIAN = TestTokens.clinician(TestTokens.CLINIC_A);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Retention retention;

    long insertRow(String batch, String status, String sentAgo) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO outbox_event (id, aggregate_id, clinic_id, event_type, payload, created_at, sent_at, status)
                VALUES (?, ?, 'clinic-test', ?, '{}'::jsonb, now() - interval '30 days',
                        CASE WHEN ? = 'SENT' THEN now() - ?::interval END, ?) RETURNING seq""")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, UUID.randomUUID());
            s.setString(3, batch);
            s.setString(4, status);
            s.setString(5, sentAgo);
            s.setString(6, status);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Response post(String key, String body) {
        return given().auth().oauth2(CLINICIAN).contentType("application/json").header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/assessments");
    }

    @Test
    void oldSentRowsAndExpiredIdempotencyKeysAreDeletedAndNothingElse() throws Exception {
        String batch = "retention-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            insertRow(batch, "SENT", "8 days");
        }
        long recent = insertRow(batch, "SENT", "6 days");
        long parked = insertRow(batch, "PARKED", null);

        String expiredKey = "key-" + UUID.randomUUID();
        String liveKey = "key-" + UUID.randomUUID();
        String expiredBody = Submissions.hip("pt-" + UUID.randomUUID());
        String liveBody = Submissions.hip("pt-" + UUID.randomUUID());
        String first = post(expiredKey, expiredBody).then().statusCode(201).extract().path("id");
        String live = post(liveKey, liveBody).then().statusCode(201).extract().path("id");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE idempotency_key = ?")) {
            s.setString(1, expiredKey);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }

        Retention.Deleted deleted = retention.runOnce(Instant.now());

        assertThat(deleted.sentEvents()).as("sent rows older than 7 days, over several batches").isGreaterThanOrEqualTo(5);
        assertThat(deleted.idempotencyKeys()).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE event_type = '" + batch + "'")).as("the recent and the parked row").isEqualTo(2);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE seq IN (" + recent + "," + parked + ")")).isEqualTo(2);

        post(expiredKey, expiredBody).then().statusCode(201).header("Idempotent-Replayed", "false")
                .body("id", org.hamcrest.Matchers.not(first));
        post(liveKey, liveBody).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", org.hamcrest.Matchers.equalTo(live));
    }
}
