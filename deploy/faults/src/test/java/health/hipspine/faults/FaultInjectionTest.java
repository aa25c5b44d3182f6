package health.hipspine.faults;

import health.hipspine.servers.Ports;
import health.hipspine.stack.LocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The fault-injection suite (issue #12): one real stack ({@link LocalStack}: PostgreSQL, SASL/SCRAM Kafka with
 * ACLs, Keycloak, the three packaged services) on free ports in a temporary directory; each scenario submits N
 * assessments over HTTP, injects its fault into the real processes, and then counts, from report-service's
 * database and the topic, reports READY (with complete content), lost (accepted, no READY report in the end)
 * and duplicated (two reports, two consumed events or two distinct events for one assessment). Run it with
 * {@code deploy/local/faults.sh}; the table goes to standard output and target/faults-table.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionTest {

    private static final int N = Integer.getInteger("faults.n", 100);
    /** How long one submission may be retried (service killed, database frozen) before the scenario fails. */
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    /** How long a scenario may take to settle once its fault is over (re-rendering after content returns: 1 min ticks). */
    private static final Duration SETTLE = Duration.ofMinutes(5);

    private Path data;
    private LocalStack stack;
    private Submitter submitter;
    private final List<String> table = new ArrayList<>();

    @BeforeAll
    void bootTheStack() throws Exception {
        Path root = Path.of(System.getProperty("hipspine.root", "../..")).toAbsolutePath().normalize();
        data = Files.createTempDirectory("hipspine-faults-");
        stack = LocalStack.start(LocalStack.Settings.freePorts(root, data), m -> System.out.println("[faults stack] " + m));
        submitter = new Submitter(stack);
        table.add("| Scenario | N | READY (complete) | lost | duplicated | events resent (same id) | duration | load average |");
        table.add("|---|---|---|---|---|---|---|---|");
    }

    @AfterAll
    void stopTheStack() throws Exception {
        String text = String.join("\n", table);
        System.out.println("\n[faults] results\n" + text + "\n");
        Files.writeString(Path.of("target/faults-table.md"), text + "\n");
        if (stack != null) {
            stack.close();
        }
        if (data != null && Boolean.getBoolean("faults.keep")) {
            System.out.println("[faults] data and service logs kept in " + data);
        } else if (data != null) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void reportServiceKilledMidStreamAndRestarted() throws Exception {
        scenario("report-service kill -9 mid-stream, restarted", () -> {
            List<UUID> ids = submit("flt1", N);
            // mid-stream: some reports exist, not all
            awaitReady(ids, 1, Duration.ofMinutes(2));
            int before = Ledger.reports(stack, ids).ready();
            stack.killService("report-service");
            note("report-service killed (kill -9) with %d of %d reports READY", before, ids.size());
            stack.startService("report-service");
            return ids;
        });
    }

    @Test
    @Order(2)
    void postgresFrozenSixtySecondsUnderLoad() throws Exception {
        scenario("PostgreSQL frozen 60 s under load (all three services)", () -> {
            CompletableFuture<List<UUID>> load = submitInBackground("flt2", N);
            awaitAssessments("flt2", N / 3);
            List<ProcessHandle> postgres = stack.postgresProcesses();
            signal("STOP", postgres);
            note("%d postgres processes stopped (SIGSTOP) for 60 s", postgres.size());
            Thread.sleep(60_000);
            signal("CONT", postgres);
            return load.get();
        });
    }

    @Test
    @Order(3)
    void kafkaStoppedLongerThanTheDeliveryTimeout() throws Exception {
        scenario("Kafka stopped 45 s (> 30 s delivery timeout) under load", () -> {
            List<UUID> ids = new ArrayList<>(submit("flt3a", N / 2));
            stack.stopKafka();
            long stopped = System.nanoTime();
            ids.addAll(submit("flt3b", N - N / 2));
            // OUTBOX_DELIVERY_TIMEOUT is 30 s: stay away well past it
            Thread.sleep(Math.max(0, Duration.ofSeconds(45).toMillis() - (System.nanoTime() - stopped) / 1_000_000));
            stack.startKafka();
            return ids;
        });
    }

    @Test
    @Order(4)
    void relayStartedWhileKafkaIsDown() throws Exception {
        scenario("relay (assessment-service) started while Kafka is down", () -> {
            stack.stopKafka();
            stack.killService("assessment-service");
            stack.startService("assessment-service");
            List<UUID> ids = submit("flt4", N);
            Thread.sleep(20_000);
            stack.startKafka();
            return ids;
        });
    }

    @Test
    @Order(5)
    void assessmentServiceKilledWhileRelaying() throws Exception {
        scenario("assessment-service kill -9 while relaying, restarted", () -> {
            CompletableFuture<List<UUID>> load = submitInBackground("flt5", N);
            awaitSentAndPending("flt5");
            stack.killService("assessment-service");
            note("assessment-service killed (kill -9) with outbox rows both SENT and PENDING");
            stack.startService("assessment-service");
            return load.get();
        });
    }

    @Test
    @Order(6)
    void contentServiceDownThenBack() throws Exception {
        scenario("content-service down, then back", () -> {
            stack.killService("content-service");
            // report-service caches content for 10 min: restarted, it starts with an empty cache, as after a deploy
            // (the first run found every report complete, all texts cached by the earlier scenarios)
            stack.killService("report-service");
            stack.startService("report-service");
            List<UUID> ids = submit("flt6", N);
            awaitReady(ids, ids.size(), Duration.ofMinutes(3));
            Ledger.Reports down = Ledger.reports(stack, ids);
            note("content down: %d READY, %d of them complete", down.ready(), down.readyComplete());
            stack.startService("content-service");
            return ids;
        });
    }

    @Test
    @Order(7)
    void twoInstancesOfAssessmentAndReportService() throws Exception {
        scenario("two assessment-service + two report-service instances", () -> {
            String second = stack.startInstance("assessment-service", "assessment-service-2", Ports.freePort()).url();
            stack.startInstance("report-service", "report-service-2", Ports.freePort());
            return submitter.submit("flt7", N, i -> i % 2 == 0 ? url("assessment-service") : second, PATIENCE);
        });
    }

    // ---- one scenario: inject, then settle and count ----------------------------------------------------

    /** A scenario's fault: submits (or has submitted) assessments, injects its fault, returns the accepted ids. */
    private interface Fault {
        List<UUID> inject() throws Exception;
    }

    /** Runs the fault, waits for the stack to settle, counts, records the row of the table and asserts it. */
    private void scenario(String name, Fault fault) throws Exception {
        long t0 = System.nanoTime();
        settleAndRecord(name, N, fault.inject(), t0);
    }

    /** N assessments (patient refs prefix-0000...) to the usual assessment-service, 8 clients. */
    private List<UUID> submit(String prefix, int n) throws Exception {
        return submitter.submit(prefix, n, i -> url("assessment-service"), PATIENCE);
    }

    /** The same, while the scenario goes on to inject its fault. */
    private CompletableFuture<List<UUID>> submitInBackground(String prefix, int n) {
        return CompletableFuture.supplyAsync(() -> call(() -> submitter.submit(prefix, n, i -> url("assessment-service"),
                PATIENCE.multipliedBy(2))));
    }

    /** 1, 5 and 15 min load average of the machine (the suite runs on shared 2-core machines: durations depend on it). */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    private static void note(String format, Object... args) {
        System.out.printf("[faults] " + format + "%n", args);
    }

    // ---- counting --------------------------------------------------------------------------------------

    private void settleAndRecord(String scenario, int n, List<UUID> ids, long t0) throws Exception {
        awaitComplete(ids, SETTLE);
        Ledger.Reports reports = Ledger.reports(stack, ids);
        Ledger.Events events = Ledger.events(stack, ids);
        int lost = ids.size() - reports.ready();
        int duplicated = reports.duplicated() + reports.duplicateConsumedEvents() + events.duplicated();
        double seconds = (System.nanoTime() - t0) / 1e9;
        String row = String.format(Locale.ROOT, "| %s | %d | %d (%d) | %d | %d | %d | %.0f s | %s |", scenario, n,
                reports.ready(), reports.readyComplete(), lost, duplicated, events.resent(), seconds, loadAverage());
        table.add(row);
        System.out.println("[faults] " + row + " accepted " + ids.size() + ", failed " + reports.failed()
                + ", events for " + events.assessmentsWithEvent());
        assertEquals(n, ids.size(), scenario + ": every submission accepted");
        assertEquals(0, lost, scenario + ": lost");
        assertEquals(0, duplicated, scenario + ": duplicated");
        assertEquals(ids.size(), reports.readyComplete(), scenario + ": READY and complete");
    }

    private void awaitComplete(List<UUID> ids, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && Ledger.reports(stack, ids).readyComplete() < ids.size()) {
            Thread.sleep(2_000);
        }
    }

    private void awaitReady(List<UUID> ids, int atLeast, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (Ledger.reports(stack, ids).ready() < atLeast) {
            if (System.nanoTime() > deadline) {
                fail("fewer than " + atLeast + " reports READY within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }

    /** Waits until {@code count} assessments of this scenario are stored (the load is under way). */
    private void awaitAssessments(String prefix, int count) throws Exception {
        awaitAssessmentQuery("select count(*) from assessment where patient_ref like '" + prefix + "-%'", count);
    }

    /** Waits until the relay has sent some of this scenario's rows while others are still pending. */
    private void awaitSentAndPending(String prefix) throws Exception {
        awaitAssessmentQuery("""
                select least(count(*) filter (where o.status = 'SENT'), count(*) filter (where o.status = 'PENDING'))
                from outbox_event o join assessment a on a.id = o.aggregate_id where a.patient_ref like '%s-%%'"""
                .formatted(prefix), 1);
    }

    private void awaitAssessmentQuery(String sql, int atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        try (Connection c = DriverManager.getConnection(stack.postgres().jdbcUrl("assessment"), "postgres", "postgres")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                    rs.next();
                    if (rs.getInt(1) >= atLeast) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
        fail("not reached within 2 min: " + sql);
    }

    /**
     * Signals each process that is still alive. A backend may end between listing and signalling (the first run
     * failed on "No such process" and left the others stopped): only a live process that cannot be signalled fails.
     */
    private static void signal(String signal, List<ProcessHandle> processes) throws Exception {
        for (ProcessHandle process : processes) {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (exit != 0 && process.isAlive()) {
                fail("kill -" + signal + " " + process.pid() + " exited " + exit);
            }
        }
    }

    /** The service's usual address, valid while it is killed and restarted (same port). */
    private String url(String service) {
        return "http://127.0.0.1:" + stack.settings().servicePorts().get(service);
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    private static <T> T call(Step<T> step) {
        try {
            return step.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
