package health.hipspine.faults;

import health.hipspine.servers.Ports;
import health.hipspine.stack.LocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
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
    /** Written, never run green yet (docs/reliability.md "Not yet covered"): remove once a run shows 0 lost, 0 duplicated. */
    private static final String NOT_YET_RUN = "not yet run green: docs/reliability.md, Not yet covered";
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
        table.add("| Scenario | N | READY (complete) | lost | duplicated | events resent (same id) | duration |");
        table.add("|---|---|---|---|---|---|---|");
    }

    @AfterAll
    void stopTheStack() throws Exception {
        String text = String.join("\n", table);
        System.out.println("\n[faults] results\n" + text + "\n");
        Files.writeString(Path.of("target/faults-table.md"), text + "\n");
        if (stack != null) {
            stack.close();
        }
        if (data != null) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void reportServiceKilledMidStreamAndRestarted() throws Exception {
        long t0 = System.nanoTime();
        List<UUID> ids = submitter.submit("flt1", N, i -> url("assessment-service"), Duration.ofMinutes(2));
        // mid-stream: some reports exist, not all
        awaitReady(ids, 1, Duration.ofMinutes(2));
        int before = Ledger.reports(stack, ids).ready();
        stack.killService("report-service");
        System.out.printf("[faults] report-service killed (kill -9) with %d of %d reports READY%n", before, ids.size());
        stack.startService("report-service");
        settleAndRecord("report-service kill -9 mid-stream, restarted", N, ids, t0);
    }

    @Test
    @Order(2)
    void postgresFrozenSixtySecondsUnderLoad() throws Exception {
        long t0 = System.nanoTime();
        CompletableFuture<List<UUID>> load = CompletableFuture.supplyAsync(() -> call(() ->
                submitter.submit("flt2", N, i -> url("assessment-service"), Duration.ofMinutes(4))));
        awaitAssessments("flt2", N / 3);
        List<ProcessHandle> postgres = stack.postgresProcesses();
        signal("STOP", postgres);
        System.out.printf("[faults] %d postgres processes stopped (SIGSTOP) for 60 s%n", postgres.size());
        Thread.sleep(60_000);
        signal("CONT", postgres);
        settleAndRecord("PostgreSQL frozen 60 s under load (all three services)", N, load.get(), t0);
    }

    @Test
    @Order(3)
    @Disabled(NOT_YET_RUN)
    void kafkaStoppedLongerThanTheDeliveryTimeout() throws Exception {
        long t0 = System.nanoTime();
        List<UUID> ids = new ArrayList<>(submitter.submit("flt3a", N / 2, i -> url("assessment-service"), Duration.ofMinutes(2)));
        stack.stopKafka();
        long stopped = System.nanoTime();
        ids.addAll(submitter.submit("flt3b", N - N / 2, i -> url("assessment-service"), Duration.ofMinutes(2)));
        // OUTBOX_DELIVERY_TIMEOUT is 30 s: stay away well past it
        Thread.sleep(Math.max(0, Duration.ofSeconds(45).toMillis() - (System.nanoTime() - stopped) / 1_000_000));
        stack.startKafka();
        settleAndRecord("Kafka stopped 45 s (> 30 s delivery timeout) under load", N, ids, t0);
    }

    @Test
    @Order(4)
    @Disabled(NOT_YET_RUN)
    void relayStartedWhileKafkaIsDown() throws Exception {
        long t0 = System.nanoTime();
        stack.stopKafka();
        stack.killService("assessment-service");
        stack.startService("assessment-service");
        List<UUID> ids = submitter.submit("flt4", N, i -> url("assessment-service"), Duration.ofMinutes(2));
        Thread.sleep(20_000);
        stack.startKafka();
        settleAndRecord("relay (assessment-service) started while Kafka is down", N, ids, t0);
    }

    @Test
    @Order(5)
    @Disabled(NOT_YET_RUN)
    void assessmentServiceKilledWhileRelaying() throws Exception {
        long t0 = System.nanoTime();
        CompletableFuture<List<UUID>> load = CompletableFuture.supplyAsync(() -> call(() ->
                submitter.submit("flt5", N, i -> url("assessment-service"), Duration.ofMinutes(4))));
        awaitSentAndPending("flt5");
        stack.killService("assessment-service");
        System.out.println("[faults] assessment-service killed (kill -9) with outbox rows both SENT and PENDING");
        stack.startService("assessment-service");
        settleAndRecord("assessment-service kill -9 while relaying, restarted", N, load.get(), t0);
    }

    @Test
    @Order(6)
    @Disabled(NOT_YET_RUN)
    void contentServiceDownThenBack() throws Exception {
        long t0 = System.nanoTime();
        stack.killService("content-service");
        List<UUID> ids = submitter.submit("flt6", N, i -> url("assessment-service"), Duration.ofMinutes(2));
        awaitReady(ids, ids.size(), Duration.ofMinutes(3));
        System.out.printf("[faults] content down: %d READY, %d of them complete%n",
                Ledger.reports(stack, ids).ready(), Ledger.reports(stack, ids).readyComplete());
        stack.startService("content-service");
        settleAndRecord("content-service down, then back", N, ids, t0);
    }

    @Test
    @Order(7)
    @Disabled(NOT_YET_RUN)
    void twoInstancesOfAssessmentAndReportService() throws Exception {
        long t0 = System.nanoTime();
        String second = stack.startInstance("assessment-service", "assessment-service-2", Ports.freePort()).url();
        stack.startInstance("report-service", "report-service-2", Ports.freePort());
        List<UUID> ids = submitter.submit("flt7", N, i -> i % 2 == 0 ? url("assessment-service") : second,
                Duration.ofMinutes(2));
        settleAndRecord("two assessment-service + two report-service instances", N, ids, t0);
    }

    // ---- counting --------------------------------------------------------------------------------------

    private void settleAndRecord(String scenario, int n, List<UUID> ids, long t0) throws Exception {
        awaitComplete(ids, SETTLE);
        Ledger.Reports reports = Ledger.reports(stack, ids);
        Ledger.Events events = Ledger.events(stack, ids);
        int lost = ids.size() - reports.ready();
        int duplicated = reports.duplicated() + reports.duplicateConsumedEvents() + events.duplicated();
        double seconds = (System.nanoTime() - t0) / 1e9;
        String row = String.format(Locale.ROOT, "| %s | %d | %d (%d) | %d | %d | %d | %.0f s |", scenario, n,
                reports.ready(), reports.readyComplete(), lost, duplicated, events.resent(), seconds);
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

    private static void signal(String signal, List<ProcessHandle> processes) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(p -> command.add(Long.toString(p.pid())));
        assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor(), "kill -" + signal);
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
