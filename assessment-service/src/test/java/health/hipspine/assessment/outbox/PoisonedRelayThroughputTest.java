package health.hipspine.assessment.outbox;

import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A figure, not a timed assertion: how fast the relay drains a backlog that starts with one row Kafka will
 * never accept (a 2 MB record, over the producer's max.request.size). The rate is printed; the test only
 * checks that every healthy row was published.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class PoisonedRelayThroughputTest {

    static final int HEALTHY_ROWS = 1_000;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBacklogBehindOnePoisonedRowIsPublished() throws Exception {
        String batch = "bench-" + UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO outbox_event (id, aggregate_id, clinic_id, event_type, payload, created_at)
                    VALUES (?, ?, 'clinic-bench', ?, ?::jsonb, now())""")) {
                OutboxRows.add(insert, batch, "{\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");
                for (int i = 0; i < HEALTHY_ROWS; i++) {
                    OutboxRows.add(insert, batch, "{\"n\":" + i + "}");
                }
                insert.executeBatch();
            }
            c.commit();
        }
        long started = System.nanoTime();
        long sent = 0;
        while (sent < HEALTHY_ROWS && System.nanoTime() - started < 300_000_000_000L) {
            Thread.sleep(50);
            sent = OutboxRows.sentOfBatch(dataSource, batch);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("RELAY THROUGHPUT with one poisoned row: %d events in %.1f s = %.0f events/s%n", sent, seconds, sent / seconds);
        assertThat(sent).as("healthy rows published behind the poisoned one").isEqualTo(HEALTHY_ROWS);
    }
}
