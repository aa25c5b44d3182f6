package health.hipspine.report;

import health.hipspine.testing.ManagementInterface;
import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database outage is transient: the event waits (offset not committed) and becomes a report when the database
 * is back, instead of being dead-lettered after a few retries. The outage is real: the report database refuses
 * new connections and every open one is terminated.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class TransientFailureTest extends ReportTestBase {

    /** The old policy gave up after 4 retries; more than that proves the event was kept waiting. */
    static final int MORE_THAN_THE_OLD_RETRIES = 6;

    @Test
    void anEventArrivingDuringADatabaseOutageWaitsAndBecomesAReadyReportWithoutADeadLetter() throws Exception {
        AssessmentCompletedV1 event = event(TestTokens.CLINIC_A, "PT-OUTAGE-1");
        double before = retries();
        databaseAccepting(false);
        try {
            PUBLISHER.publish(event);
            Await.until("the consumer retrying through the outage", Duration.ofSeconds(120),
                    () -> retries() - before >= MORE_THAN_THE_OLD_RETRIES || deadLettered(event));
            assertThat(deadLettered(event)).as("dead-lettered during the outage").isFalse();
        } finally {
            databaseAccepting(true);
        }
        awaitReady(event);
        assertThat(deadLettered(event)).isFalse();
    }

    static boolean deadLettered(AssessmentCompletedV1 event) {
        String key = event.assessmentId().toString();
        return ReportConsumptionTest.readDeadLetters().stream().anyMatch(r -> key.equals(r.key()));
    }

    /** report_events_retries_total summed over its tags (0 before the first retry). */
    static double retries() {
        String metrics = given().get(ManagementInterface.metrics()).then().statusCode(200).extract().asString();
        // with tracing on, a sample taken inside a span carries an exemplar after the value ("... 9.0 # {trace_id=...}")
        Matcher m = Pattern.compile("(?m)^report_events_retries_total\\{[^}]*} ([0-9.E+]+)(?: #.*)?$").matcher(metrics);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }

    /** Takes the report database away (as a crashed or frozen server would look to the service) or gives it back. */
    static void databaseAccepting(boolean accepting) throws SQLException {
        try (Connection c = DriverManager.getConnection(PostgresTestResource.jdbcUrl("postgres"), "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE report ALLOW_CONNECTIONS " + accepting);
            if (!accepting) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'report' AND pid <> pg_backend_pid()");
            }
        }
    }
}
