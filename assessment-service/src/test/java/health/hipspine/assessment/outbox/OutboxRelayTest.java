package health.hipspine.assessment.outbox;

import health.hipspine.assessment.repository.OutboxEventEntity;
import health.hipspine.assessment.repository.OutboxRepository;
import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.events.AssessmentEvents;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import health.hipspine.kit.kafka.KafkaClientProperties;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The relay's guarantees with a real PostgreSQL and a real broker, the service's own relay running throughout:
 * a row Kafka refuses for good is parked without holding up the others (and an admin sees and releases it),
 * two more relays at once never send a row twice, and a relay that dies between send and mark is covered by the
 * lease: the row is sent again under the same event id, so an id-idempotent consumer applies it once.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class OutboxRelayTest {

    @Inject
    KafkaClientProperties kafkaProperties;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxDelivery delivery;

    @Inject
    OutboxRepository outbox;

    @Inject
    MeterRegistry metrics;

    @Inject
    Tracer tracer;

    static void await(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("waited too long for: " + what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void aRowKafkaRefusesIsParkedWithoutHoldingUpTheOthersAndAnAdminCanReleaseIt() throws Exception {
        String batch = "poison-" + UUID.randomUUID();
        String poisoned;
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(OutboxRows.INSERT)) {
            poisoned = OutboxRows.add(insert, batch, OutboxRows.tooLarge()).toString();
            insert.executeBatch();
        }
        List<String> healthy = OutboxRows.insert(dataSource, batch, 50);
        double parkedBefore = metrics.counter("assessment.outbox.parked").count();

        await("the healthy rows behind the refused one are sent", Duration.ofSeconds(60),
                () -> OutboxRows.sentOfBatch(dataSource, batch) == healthy.size());
        await("the refused row is parked", Duration.ofSeconds(60), () -> "PARKED".equals(OutboxRows.status(dataSource, poisoned)));
        assertThat(metrics.counter("assessment.outbox.parked").count()).as("parked events counted").isGreaterThan(parkedBefore);

        given().auth().oauth2(TestTokens.admin()).queryParam("size", 100).when().get("/api/v1/admin/outbox/parked")
                .then().statusCode(200)
                .body("items.eventId", hasItem(poisoned))
                .body("items.find { it.eventId == '" + poisoned + "' }.lastError", org.hamcrest.Matchers.equalTo("RecordTooLargeException"))
                .body("items.find { it.eventId == '" + poisoned + "' }.failures", org.hamcrest.Matchers.equalTo(5))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("payload")));
        given().auth().oauth2(TestTokens.clinician(TestTokens.CLINIC_A)).when().get("/api/v1/admin/outbox/parked").then().statusCode(403);
        given().auth().oauth2(TestTokens.clinician(TestTokens.CLINIC_A)).when()
                .post("/api/v1/admin/outbox/parked/" + poisoned + "/release").then().statusCode(403);

        given().auth().oauth2(TestTokens.admin()).when().post("/api/v1/admin/outbox/parked/" + poisoned + "/release")
                .then().statusCode(202).body("eventId", org.hamcrest.Matchers.equalTo(poisoned));
        assertThat(OutboxRows.status(dataSource, poisoned)).as("released back to the relay").isEqualTo("PENDING");
        given().auth().oauth2(TestTokens.admin()).when().post("/api/v1/admin/outbox/parked/" + UUID.randomUUID() + "/release")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).queryParam("resourceType", "outbox-event").queryParam("resourceId", poisoned)
                .when().get("/api/v1/admin/audit").then().statusCode(200).body("items.action", hasItem("REDRIVE"));

        // still too large: parked again, and nothing else was held up meanwhile
        await("the released row is parked again", Duration.ofSeconds(60), () -> "PARKED".equals(OutboxRows.status(dataSource, poisoned)));
    }

    @Test
    void twoMoreRelaysAtOnceNeverSendARowTwice() throws Exception {
        String batch = "concurrent-" + UUID.randomUUID();
        List<String> ids = OutboxRows.insert(dataSource, batch, 1_000);
        ExecutorService relays = Executors.newFixedThreadPool(2);
        List<Future<Integer>> sentByTestRelays = new ArrayList<>();
        try {
            for (int r = 0; r < 2; r++) {
                String owner = "test-relay-" + r;
                sentByTestRelays.add(relays.submit(() -> {
                    int sent = 0;
                    try (EventPublisher publisher = new EventPublisher(kafkaProperties, AssessmentEvents.TOPIC, Map.of(), tracer)) {
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                        while (OutboxRows.sentOfBatch(dataSource, batch) < ids.size() && System.nanoTime() < deadline) {
                            sent += delivery.deliverOnce(publisher, owner).sent();
                        }
                    }
                    return sent;
                }));
            }
            int total = 0;
            for (Future<Integer> f : sentByTestRelays) {
                total += f.get(180, TimeUnit.SECONDS);
            }
            System.out.printf("two test relays sent %d of %d rows, the service's relay the rest%n", total, ids.size());
        } finally {
            relays.shutdownNow();
        }
        assertThat(OutboxRows.sentOfBatch(dataSource, batch)).isEqualTo(ids.size());

        Map<String, List<TopicReader.Received>> received = TopicReader.byEventId(batch, ids.size(), Duration.ofSeconds(90));
        assertThat(received.keySet()).as("every row arrived").containsExactlyInAnyOrderElementsOf(ids);
        assertThat(received.values()).as("and none twice").allSatisfy(records -> assertThat(records).hasSize(1));
    }

    @Test
    void aRelayThatDiesBetweenSendAndMarkIsCoveredByItsLease() throws Exception {
        String batch = "crash-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        // leased by a relay that is about to send the row and die before marking it
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO outbox_event (id, aggregate_id, clinic_id, event_type, payload, created_at, lease_owner, leased_until)
                VALUES (?::uuid, ?, 'clinic-test', ?, '{"n":1}'::jsonb, now(), 'crashed-relay', now() + interval '4 seconds')""")) {
            insert.setString(1, eventId);
            insert.setObject(2, UUID.randomUUID());
            insert.setString(3, batch);
            insert.executeUpdate();
        }
        OutboxEventEntity row = QuarkusTransaction.requiringNew().call(() -> outbox.find("id", UUID.fromString(eventId)).firstResult());
        try (EventPublisher crashed = new EventPublisher(kafkaProperties, AssessmentEvents.TOPIC, Map.of(), tracer)) {
            crashed.publish(row).get(30, TimeUnit.SECONDS); // sent and acknowledged ... and then the relay dies
        }
        Thread.sleep(1_000);
        assertThat(OutboxRows.status(dataSource, eventId)).as("nobody else touches a leased row").isEqualTo("PENDING");

        await("the service's relay sends the row once the lease expired", Duration.ofSeconds(60),
                () -> "SENT".equals(OutboxRows.status(dataSource, eventId)));
        Map<String, List<TopicReader.Received>> received = TopicReader.byEventId(batch, 1, Duration.ofSeconds(30));
        assertThat(received).as("one event id, so an id-idempotent consumer has one effect").containsOnlyKeys(eventId);
        assertThat(received.get(eventId)).as("at-least-once: the crashed send and the re-send").hasSize(2)
                .extracting(TopicReader.Received::data).containsOnly("{\"n\": 1}"); // as jsonb stored it
    }
}
