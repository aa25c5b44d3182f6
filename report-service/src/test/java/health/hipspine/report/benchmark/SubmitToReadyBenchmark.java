package health.hipspine.report.benchmark;

import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.report.Await;
import health.hipspine.report.EventPublisher;
import health.hipspine.report.SampleEvents;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Publish -> READY latency while events arrive at a fixed rate (default 20/s for 30 s) on the real broker and
 * database. "Publish" is the instant before KafkaProducer.send; "READY" is the report row's updated_at, set by
 * clock_timestamp() in the transaction that stores the PDF. The assessment service is not part of it. The
 * content service is not running, so catalogue look-ups fail fast (cached misses, open circuit).
 * Run: ./mvnw -B -pl report-service -am test -Dreport.excludedGroups=none -Dgroups=benchmark
 *      -Dtest=SubmitToReadyBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.rate=20 -Dbench.seconds=30]
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class SubmitToReadyBenchmark {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void latencyAtAFixedRate() throws Exception {
        int rate = Integer.getInteger("bench.rate", 20);
        int seconds = Integer.getInteger("bench.seconds", 30);
        try (EventPublisher publisher = new EventPublisher()) {
            // warm-up: JIT, connection pool, consumer assignment, content circuit breaker
            run(publisher, 10, 3);
            Map<UUID, Instant> published = run(publisher, rate, seconds);
            Map<UUID, Instant> ready = awaitAllReady(published.keySet());
            List<Double> ms = new ArrayList<>();
            for (var e : published.entrySet()) {
                ms.add(Duration.between(e.getValue(), ready.get(e.getKey())).toNanos() / 1e6);
            }
            double[] values = ms.stream().mapToDouble(Double::doubleValue).toArray();
            Instant first = published.values().stream().min(Instant::compareTo).orElseThrow();
            Instant last = ready.values().stream().max(Instant::compareTo).orElseThrow();
            System.out.printf("BENCH submit-to-READY: %d events at %d/s for %d s; publish->READY median %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    values.length, rate, seconds, RenderBenchmark.percentile(values, 50), RenderBenchmark.percentile(values, 95),
                    RenderBenchmark.percentile(values, 99), RenderBenchmark.percentile(values, 100));
            System.out.printf("BENCH all %d READY %.1f s after the first publish (%.1f reports/s)%n", values.length,
                    Duration.between(first, last).toMillis() / 1000.0, values.length / (Duration.between(first, last).toMillis() / 1000.0));
            System.out.printf("BENCH load average at the end: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    private static Map<UUID, Instant> run(EventPublisher publisher, int rate, int seconds) throws InterruptedException {
        Map<UUID, Instant> published = new ConcurrentHashMap<>();
        int total = rate * seconds;
        AtomicInteger sent = new AtomicInteger();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        timer.scheduleAtFixedRate(() -> {
            if (sent.getAndIncrement() >= total) {
                return;
            }
            AssessmentCompletedV1 event = SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-BENCH");
            published.put(event.assessmentId(), Instant.now());
            publisher.publish(event);
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        while (sent.get() < total) {
            Thread.sleep(50);
        }
        timer.shutdown();
        timer.awaitTermination(10, TimeUnit.SECONDS);
        return published;
    }

    private Map<UUID, Instant> awaitAllReady(java.util.Set<UUID> ids) {
        return Await.until(ids.size() + " reports READY", Duration.ofMinutes(5), () -> {
            Map<UUID, Instant> ready = new ConcurrentHashMap<>();
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("SELECT assessment_id, updated_at FROM report WHERE status = 'READY'"
                            + " AND assessment_id = ANY (?)")) {
                ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ready.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return ready.size() == ids.size() ? ready : null;
        });
    }
}
