package health.hipspine.perf;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Submissions at a fixed rate (open loop: the next one leaves on time whatever the last one is doing), then the
 * submit → READY latency of each: "submit" is the instant before the POST left, "READY" the report row's
 * {@code updated_at}, written by {@code clock_timestamp()} in the transaction that stores the PDF (same clock).
 */
final class PacedSubmissions {

    /** What one run gave: submitted, accepted, READY, latencies of the READY ones, when the last became READY. */
    record Outcome(int submitted, int accepted, int ready, double[] latencyMs, Instant lastSent, Instant lastReady) {

        double percentile(double p) {
            double[] sorted = latencyMs.clone();
            Arrays.sort(sorted);
            return Table.percentile(sorted, p);
        }

        int lost() {
            return accepted - ready;
        }

        /** READY within {@code slack} of the last submission: the reports kept up with the rate. */
        boolean keptUp(Duration slack) {
            return submitted == accepted && lost() == 0 && lastReady != null
                    && !lastReady.isAfter(lastSent.plus(slack));
        }

        String summary() {
            return String.format(Locale.ROOT, "%d submitted, %d accepted, %d READY; submit→READY p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms",
                    submitted, accepted, ready, percentile(50), percentile(95), percentile(99), percentile(100));
        }
    }

    private PacedSubmissions() {
    }

    static Outcome run(Clinician clinician, String reportJdbcUrl, String assessmentJdbcUrl, double perSecond, int seconds, Duration patience) throws Exception {
        Map<UUID, Instant> sent = new ConcurrentHashMap<>();
        AtomicInteger submitted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> token = new AtomicReference<>(clinician.token());
        int total = (int) Math.round(perSecond * seconds);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        timer.scheduleAtFixedRate(() -> {
            try {
                token.set(clinician.token());
            } catch (Exception e) {
                System.out.println("PERF token refresh failed: " + e);
            }
        }, 60, 60, TimeUnit.SECONDS);
        AtomicReference<Instant> lastSent = new AtomicReference<>(Instant.now());
        timer.scheduleAtFixedRate(() -> {
            int n = submitted.getAndIncrement();
            if (n >= total) {
                return;
            }
            Instant at = Instant.now();
            lastSent.set(at);
            clinician.http().sendAsync(clinician.post(token.get(), 1 + n % 1000), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, error) -> {
                        try {
                            if (error == null && r.statusCode() == 201) {
                                sent.put(Clinician.idOf(r.body()), at);
                                return;
                            }
                        } catch (Exception e) {
                            error = e;
                        }
                        if (failed.incrementAndGet() <= 3) {
                            System.out.println("PERF submission failed: " + (error != null ? error : r.statusCode() + " " + r.body()));
                        }
                    });
        }, 0, Math.round(1_000_000 / perSecond), TimeUnit.MICROSECONDS);
        while (submitted.get() < total) {
            Thread.sleep(100);
        }
        // every answer in (they time out after 30 s)
        long answersBy = System.nanoTime() + Duration.ofSeconds(35).toNanos();
        while (sent.size() + failed.get() < total && System.nanoTime() < answersBy) {
            Thread.sleep(100);
        }
        timer.shutdownNow();

        Map<UUID, Instant> ready = new ConcurrentHashMap<>();
        Map<UUID, Instant> consumed = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + patience.toNanos();
        try (Connection c = DriverManager.getConnection(reportJdbcUrl, "postgres", "postgres");
             PreparedStatement ps = c.prepareStatement("SELECT assessment_id, updated_at, created_at FROM report WHERE status = 'READY'"
                     + " AND assessment_id = ANY (?)")) {
            while (ready.size() < sent.size() && System.nanoTime() < deadline) {
                ps.setArray(1, c.createArrayOf("uuid", sent.keySet().toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ready.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                        consumed.put(rs.getObject(1, UUID.class), rs.getTimestamp(3).toInstant());
                    }
                }
                if (ready.size() < sent.size()) {
                    Thread.sleep(250);
                }
            }
        }
        Map<UUID, Instant> published = new HashMap<>();
        try (Connection c = DriverManager.getConnection(assessmentJdbcUrl, "postgres", "postgres");
             PreparedStatement ps = c.prepareStatement("SELECT aggregate_id, sent_at FROM outbox_event WHERE sent_at IS NOT NULL"
                     + " AND aggregate_id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("uuid", sent.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    published.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                }
            }
        }
        printTimeline(sent, published, consumed, ready);
        double[] latency = ready.entrySet().stream()
                .mapToDouble(e -> Duration.between(sent.get(e.getKey()), e.getValue()).toNanos() / 1e6).toArray();
        Instant lastReady = ready.values().stream().max(Instant::compareTo).orElse(null);
        return new Outcome(total, sent.size(), ready.size(), latency, lastSent.get(), lastReady);
    }

    /**
     * Where the lag is, by 10-s window of submission: how many were sent, and the medians from submit to the outbox
     * row marked sent (the relay: Kafka acknowledged it), from there to the report row (the consumer's fetch and
     * queue) and from the row to READY (content, render and store).
     */
    private static void printTimeline(Map<UUID, Instant> sent, Map<UUID, Instant> published, Map<UUID, Instant> consumed,
                                      Map<UUID, Instant> ready) {
        Instant first = sent.values().stream().min(Instant::compareTo).orElse(null);
        if (first == null) {
            return;
        }
        TreeMap<Long, List<UUID>> windows = new TreeMap<>();
        sent.forEach((id, at) -> windows.computeIfAbsent(Duration.between(first, at).toSeconds() / 10, k -> new ArrayList<>()).add(id));
        windows.forEach((window, ids) -> {
            long readyIn = ready.values().stream().filter(t -> Duration.between(first, t).toSeconds() / 10 == window).count();
            System.out.printf(Locale.ROOT, "PERF timeline %3d-%3d s: sent %d, READY in this window %d; p50 submit→published %.0f ms, published→report row %.0f ms, row→READY %.0f ms%n",
                    window * 10, window * 10 + 10, ids.size(), readyIn,
                    medianMs(ids, sent, published), medianMs(ids, published, consumed), medianMs(ids, consumed, ready));
        });
    }

    /** The median time from one step to the next over the submissions that reached both (NaN when none did). */
    private static double medianMs(List<UUID> ids, Map<UUID, Instant> from, Map<UUID, Instant> to) {
        double[] ms = ids.stream().filter(id -> from.containsKey(id) && to.containsKey(id))
                .mapToDouble(id -> Duration.between(from.get(id), to.get(id)).toNanos() / 1e6).sorted().toArray();
        return ms.length == 0 ? Double.NaN : Table.percentile(ms, 50);
    }
}
