package health.hipspine.assessment.benchmark;

import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.assessment.support.Submissions;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Benchmark, not a test (skipped unless {@code -Dbenchmark=true}): POST /api/v1/assessments end to
 * end over loopback HTTP — real RS256 JWT verification, validation, scoring with the clinical model,
 * the exercise plan (content service stub, cached), the transaction writing assessment + outbox +
 * audit, and the relay publishing every event to the real Kafka broker — reported next to the raw
 * insert ceiling of the same PostgreSQL with rows of the same JSONB size, measured in the same run.
 * Closed loop: each client thread sends its next request when the previous one answered.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class PostBenchmark {

    static final int CLIENTS = Integer.getInteger("benchmark.clients", 16);
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmup", 20));
    static final Duration MEASURE = Duration.ofSeconds(Long.getLong("benchmark.seconds", 30));

    @TestHTTPResource("/api/v1/assessments")
    URI endpoint;

    @Inject
    AgroalDataSource dataSource;

    record Figures(long requests, long errors, double perSecond, double p50, double p99, double max) {
        @Override
        public String toString() {
            return "%d requests, %d errors, %.0f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms".formatted(requests, errors, perSecond, p50, p99, max);
        }
    }

    @Test
    void postEndToEndNextToTheRawInsertCeiling() throws Exception {
        String token = TestTokens.token().subject("bench").roles("clinician").clinic(TestTokens.CLINIC_A).expiresInSeconds(3600).sign();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String loadAverage = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        String sample = http.send(request(token, Submissions.hip("pt-sample")), HttpResponse.BodyHandlers.ofString()).body();

        String postFigures;
        if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(WRK))) {
            // wrk (C, epoll) keeps the load generator's own CPU small on a 2-core machine
            wrk(token, WARM_UP);
            double[] before = serverSide(http, token);
            postFigures = "wrk, " + CLIENTS + " connections: " + wrk(token, MEASURE);
            double[] after = serverSide(http, token);
            postFigures += "\n                  server-side mean (Micrometer http_server_requests, POST only): %.1f ms"
                    .formatted(1000 * (after[1] - before[1]) / Math.max(1, after[0] - before[0]));
        } else {
            postFigures = "java.net.http client: " + javaClient(http, token);
        }

        String submission = Submissions.hip("pt-raw-insert");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_raw_insert (id uuid PRIMARY KEY, clinic_id text, patient_ref text,"
                    + " encounter_date date, created_at timestamptz, submission jsonb, result jsonb)");
        }
        run(() -> insert(submission, sample), WARM_UP);
        Figures raw = run(() -> insert(submission, sample), MEASURE);

        String report = """
                == POST /api/v1/assessments benchmark (%d s measured after %d s warm-up, %d cores, load average before: %s) ==
                POST end to end : %s
                raw JDBC insert : %s   (%d threads, one row of the same JSONB size per transaction, same pool, same PostgreSQL)
                result JSON %d bytes, submission JSON %d bytes
                """.formatted(MEASURE.toSeconds(), WARM_UP.toSeconds(), Runtime.getRuntime().availableProcessors(), loadAverage,
                postFigures, raw, CLIENTS, sample.length(), submission.length());
        System.out.println(report);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/benchmark-post.txt"), report);
    }

    static final String WRK = "/usr/bin/wrk";

    /** {count, sum in seconds} of the server's own timer for POST /api/v1/assessments (status 201). */
    double[] serverSide(HttpClient http, String token) throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(URI.create(health.hipspine.testing.ManagementInterface.metrics()))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        double count = 0;
        double sum = 0;
        for (String line : metrics.lines().toList()) {
            if (line.startsWith("http_server_requests_seconds_") && line.contains("method=\"POST\"") && line.contains("status=\"201\"")
                    && line.contains("/api/v1/assessments")) {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                if (line.startsWith("http_server_requests_seconds_count")) {
                    count += value;
                } else if (line.startsWith("http_server_requests_seconds_sum")) {
                    sum += value;
                }
            }
        }
        return new double[] {count, sum};
    }

    String wrk(String token, Duration duration) throws Exception {
        java.nio.file.Path script = java.nio.file.Path.of("src/test/resources/bench/post-assessment.lua").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(WRK, "-t2", "-c" + CLIENTS, "-d" + duration.toSeconds() + "s", "--timeout", "5s",
                "-s", script.toString(), endpoint.toString()).redirectErrorStream(true);
        pb.environment().put("BENCH_TOKEN", token);
        pb.environment().put("BENCH_BODY", Submissions.hip("pt-bench-%d"));
        Process wrk = pb.start();
        String out = new String(wrk.getInputStream().readAllBytes());
        wrk.waitFor();
        return out.lines().filter(l -> l.startsWith("WRK ")).findFirst().map(l -> l.substring(4)).orElse("wrk failed: " + out);
    }

    String javaClient(HttpClient http, String token) throws Exception {
        run(() -> post(http, token), WARM_UP); // JIT, pools, caches
        jdk.jfr.Recording recording = null;
        if (Boolean.getBoolean("benchmark.jfr")) { // where does the time go? -Dbenchmark.jfr=true writes target/post.jfr
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.start();
        }
        Figures post = run(() -> post(http, token), MEASURE);
        if (recording != null) {
            recording.dump(java.nio.file.Path.of("target/post.jfr"));
            recording.close();
        }
        return post.toString();
    }

    HttpRequest request(String token, String body) {
        return HttpRequest.newBuilder(endpoint).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    boolean post(HttpClient http, String token) throws Exception {
        String patient = "pt-bench-" + ThreadLocalRandom.current().nextInt(1000);
        return http.send(request(token, Submissions.hip(patient)), HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
    }

    boolean insert(String submission, String result) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "INSERT INTO bench_raw_insert VALUES (?, 'clinic-a', ?, current_date, now(), ?::jsonb, ?::jsonb)")) {
            p.setObject(1, UUID.randomUUID());
            p.setString(2, "pt-bench-" + ThreadLocalRandom.current().nextInt(1000));
            p.setString(3, submission);
            p.setString(4, result);
            return p.executeUpdate() == 1;
        }
    }

    interface Call {
        boolean call() throws Exception;
    }

    static Figures run(Call call, Duration duration) throws InterruptedException {
        long[][] latencies = new long[CLIENTS][];
        int[] counts = new int[CLIENTS];
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        Thread[] threads = new Thread[CLIENTS];
        long started = System.nanoTime();
        for (int t = 0; t < CLIENTS; t++) {
            int index = t;
            latencies[t] = new long[2_000_000 / CLIENTS];
            threads[t] = Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < end && counts[index] < latencies[index].length) {
                    long before = System.nanoTime();
                    boolean ok;
                    try {
                        ok = call.call();
                    } catch (Exception e) {
                        ok = false;
                    }
                    latencies[index][counts[index]++] = System.nanoTime() - before;
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int t = 0; t < CLIENTS; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return new Figures(all.length, errors.get(), all.length / seconds, percentile(all, 0.50), percentile(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
