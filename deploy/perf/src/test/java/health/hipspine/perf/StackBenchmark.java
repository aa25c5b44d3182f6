package health.hipspine.perf;

import health.hipspine.servers.Directories;
import health.hipspine.stack.LocalStack;
import health.hipspine.stack.Memory;
import health.hipspine.stack.ServiceProcess;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The performance harness (issue #15; docs/performance.md): boots the real stack (PostgreSQL, Kafka, Keycloak, the
 * three services as packaged, on free ports in a temporary directory) and measures, with warm-up, each figure next
 * to its anchor taken in the same run, printing one table and writing it to target/perf-table.md:
 * <ol>
 *   <li>each service restarted alone: JVM start time and idle RSS;</li>
 *   <li>the whole stack at 20 submissions/s: submit → READY, nothing lost; then rising rates until reports no
 *       longer keep up;</li>
 *   <li>POST /api/v1/assessments with wrk (real Keycloak token, JWT verification, scoring, storage, outbox relay to
 *       Kafka) with report-service stopped, next to the PostgreSQL ceiling for the same rows; service CPU per
 *       request and RSS under load.</li>
 * </ol>
 * Not a test: it asserts only that the harness itself worked (every submission accepted, nothing lost).
 */
class StackBenchmark {

    static final Path ROOT = Path.of(System.getProperty("hipspine.root", "../..")).toAbsolutePath().normalize();
    static final int CONNECTIONS = Integer.getInteger("perf.connections", 16);
    static final int WARM_UP = Integer.getInteger("perf.warmup", 15);
    /** The POST's own warm-up: under load C2 still recompiled the scoring model's 64 KB method after 40 s (profiled). */
    static final int POST_WARM_UP = Integer.getInteger("perf.post.warmup", 60);
    static final int SECONDS = Integer.getInteger("perf.seconds", 30);
    static final int STACK_SECONDS = Integer.getInteger("perf.stack.seconds", 300);
    static final double STACK_RATE = Double.parseDouble(System.getProperty("perf.stack.rate", "20"));
    /** At most this many 30-s warm-up rounds before the whole-stack phase (they stop once the JIT has settled). */
    static final int STACK_WARM_UP_ROUNDS = Integer.getInteger("perf.stack.warmup.rounds", 8);
    static final String KEEP_UP_RATES = System.getProperty("perf.keepup.rates", "30,40,60,80,100,120");
    static final int KEEP_UP_SECONDS = Integer.getInteger("perf.keepup.seconds", 30);
    static final boolean JFR = Boolean.getBoolean("perf.jfr");
    /** -Dperf.nmt=true: native memory tracking in every service, its summary printed where RSS is measured. */
    static final boolean NMT = Boolean.getBoolean("perf.nmt");
    private static final Pattern NMT_AREA = Pattern.compile("^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB", Pattern.MULTILINE);
    private static final Pattern NMT_TOTAL = Pattern.compile("^Total: reserved=\\d+KB, committed=(\\d+)KB", Pattern.MULTILINE);
    /** -Dperf.phases=post (or start,post,stack): only those phases, e.g. to profile one of them. */
    static final List<String> PHASES = List.of(System.getProperty("perf.phases", "start,post,stack").split(","));
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    private final Table table = new Table();

    @Test
    void measure() throws Exception {
        Path data = Files.createTempDirectory("hipspine-perf");
        boolean completed = false;
        System.out.printf(Locale.ROOT, "PERF %d cores, load average before the stack starts: %s%n",
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).trim());
        try (LocalStack stack = LocalStack.start(LocalStack.Settings.freePorts(ROOT, data), m -> System.out.println("PERF stack: " + m),
                serviceJvmOptions())) {
            Clinician alice = new Clinician(stack);
            if (PHASES.contains("start")) {
                startAndIdle(stack);
            }
            // the whole stack before the POST phase: that one stops report-service, and its tens of thousands of
            // events would otherwise queue in front of the whole-stack phase's when it starts again
            if (PHASES.contains("stack")) {
                wholeStack(stack, alice);
            }
            if (PHASES.contains("post")) {
                post(stack, alice);
            }
            completed = true;
        } finally {
            String markdown = table.markdown();
            Path out = Path.of("target/perf-table.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, markdown);
            System.out.println("\n" + markdown);
            // the stack's databases, Kafka log and service logs: 1-5 GB a run (the NMT summaries and recordings are in
            // target/); kept when the run failed, for its logs
            if (completed) {
                Directories.delete(data);
            } else {
                System.out.println("PERF the run failed; the stack's data and logs are kept in " + data);
            }
        }
    }

    /**
     * Each service restarted alone on the otherwise idle stack, as the run command's second start would: stopped
     * cleanly first, so its class-data archive is written (a killed JVM writes none, and its next start would load
     * every class from the jar again).
     */
    private void startAndIdle(LocalStack stack) throws Exception {
        for (String service : LocalStack.SERVICES) {
            stack.stopService(service);
            Thread.sleep(2000);
            Machine.Reading start = Machine.read(stack.postgresProcesses());
            String load = String.format(Locale.ROOT, "%.1f", Machine.loadAverage());
            stack.startService(service);
            ServiceProcess process = stack.service(service);
            double startedIn = startedIn(process.log());
            Thread.sleep(20_000); // idle: JIT and GC settle
            long idleRss = Memory.rssMbWithDescendants(process.pid());
            nativeMemory(process, "idle", idleRss);
            String quiet = Machine.quietness(start, stack.postgresProcesses(), load + "-" + String.format(Locale.ROOT, "%.1f", Machine.loadAverage()));
            table.add(service + ": JVM start", "< 2 s", String.format(Locale.ROOT, "%.2f s", startedIn), "–", "–", quiet);
            table.add(service + ": idle RSS (20 s after start)", "< 200 MB", idleRss + " MB", "–", "–", quiet);
        }
    }

    private static double startedIn(Path log) throws Exception {
        List<String> lines = Files.readAllLines(log);
        double last = Double.NaN;
        for (String line : lines) {
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                last = Double.parseDouble(m.group(1));
            }
        }
        return last;
    }

    /** POST /assessments with report-service stopped: assessment-service, PostgreSQL, Kafka (and idle Keycloak, content). */
    private void post(LocalStack stack, Clinician alice) throws Exception {
        stack.killService("report-service");
        String token = alice.token();
        UUID sample = alice.submit(token, 1); // also fills the content cache the exercise plan reads
        String url = stack.serviceUrl("assessment-service") + "/api/v1/assessments";
        ServiceProcess service = stack.service("assessment-service");
        ProcessHandle process = ProcessHandle.of(service.pid()).orElseThrow();

        Wrk.post(ROOT, url, token, CONNECTIONS, POST_WARM_UP);
        Machine.Reading start = Machine.read(stack.postgresProcesses());
        double cpu0 = Machine.cpuSeconds(process);
        String jfr = startRecording(service, "post");
        String figures;
        long rss;
        String load;
        try (Machine.Sampler sampler = new Machine.Sampler(service.pid())) {
            figures = Wrk.post(ROOT, url, token, CONNECTIONS, SECONDS);
            rss = sampler.maxRssMb();
            load = sampler.loadRange();
        }
        double cpu = Machine.cpuSeconds(process) - cpu0;
        String quiet = Machine.quietness(start, stack.postgresProcesses(), load);
        dumpRecording(service, jfr);
        nativeMemory(service, "post", rss);
        System.out.println("PERF POST: " + figures);

        InsertCeiling.Latencies ceiling;
        String ceilingQuiet;
        Machine.Reading ceilingStart = Machine.read(stack.postgresProcesses());
        try (Machine.Sampler sampler = new Machine.Sampler(0)) {
            ceiling = InsertCeiling.measure(stack.postgres().jdbcUrl("assessment"), sample, CONNECTIONS, WARM_UP, SECONDS);
            ceilingQuiet = Machine.quietness(ceilingStart, stack.postgresProcesses(), sampler.loadRange());
        }
        double requests = Wrk.value(figures, "requests");
        double rate = Wrk.value(figures, "/s");
        double errors = Wrk.value(figures, "errors");
        table.add("POST /api/v1/assessments, wrk " + CONNECTIONS + " connections, " + SECONDS + " s",
                "≥ 1,000/s", String.format(Locale.ROOT, "%.0f/s (%.0f errors)", rate, errors),
                String.format(Locale.ROOT, "PostgreSQL, the same 3 rows per transaction: %.0f/s", ceiling.perSecond()),
                String.format(Locale.ROOT, "%.0f %%", 100 * rate / ceiling.perSecond()), quiet + "; anchor: " + ceilingQuiet);
        table.add("POST p99 latency", "< 50 ms", Wrk.value(figures, "p99") + " ms",
                String.format(Locale.ROOT, "PostgreSQL p99 %.1f ms", ceiling.percentileMs(99)), "–", quiet);
        table.add("assessment-service CPU per POST", "≤ 1 ms", String.format(Locale.ROOT, "%.2f ms", 1000 * cpu / requests),
                "–", "–", quiet);
        table.add("assessment-service RSS under POST load", "< 400 MB", rss + " MB", "–", "–", quiet);
    }

    /** The whole stack: a sustained rate, then rising rates until the reports fall behind. */
    private void wholeStack(LocalStack stack, Clinician alice) throws Exception {
        String reports = stack.postgres().jdbcUrl("report");
        String assessments = stack.postgres().jdbcUrl("assessment");
        ServiceProcess reportService = stack.service("report-service");
        warmUp(reportService, alice, reports, assessments);

        Machine.Reading start = Machine.read(stack.postgresProcesses());
        PacedSubmissions.Outcome sustained;
        long rssReport;
        long rssAssessment;
        String load;
        double reportCpu0 = Machine.cpuSeconds(ProcessHandle.of(reportService.pid()).orElseThrow());
        Map<String, Double> jvm0 = jvmCounters(reportService.pid());
        String jfr = startRecording(reportService, "stack");
        try (Machine.Sampler reportRss = new Machine.Sampler(reportService.pid());
             Machine.Sampler assessmentRss = new Machine.Sampler(stack.service("assessment-service").pid())) {
            sustained = PacedSubmissions.run(alice, reports, assessments, STACK_RATE, STACK_SECONDS, Duration.ofMinutes(5));
            rssReport = reportRss.maxRssMb();
            rssAssessment = assessmentRss.maxRssMb();
            load = reportRss.loadRange();
        }
        nativeMemory(reportService, "stack", rssReport);
        nativeMemory(stack.service("assessment-service"), "stack", rssAssessment);
        double reportCpu = Machine.cpuSeconds(ProcessHandle.of(reportService.pid()).orElseThrow()) - reportCpu0;
        Map<String, Double> jvm1 = jvmCounters(reportService.pid());
        String reportCost = String.format(Locale.ROOT, "%.1f ms (%.0f s of CPU in the phase; young collections %.0f, %.1f s; full %.0f, %.1f s; JIT %.1f s)",
                1000 * reportCpu / Math.max(1, sustained.ready()), reportCpu, jvm1.get("YGC") - jvm0.get("YGC"), jvm1.get("YGCT") - jvm0.get("YGCT"),
                jvm1.get("FGC") - jvm0.get("FGC"), jvm1.get("FGCT") - jvm0.get("FGCT"), jvm1.get("JIT") - jvm0.get("JIT"));
        System.out.println("PERF report-service CPU per report in the sustained phase: " + reportCost);
        dumpRecording(reportService, jfr);
        String quiet = Machine.quietness(start, stack.postgresProcesses(), load);
        System.out.println("PERF whole stack: " + sustained.summary());
        table.add(String.format(Locale.ROOT, "whole stack, %.0f submissions/s for %d s: submit → READY p95", STACK_RATE, STACK_SECONDS),
                "≤ 1 s", String.format(Locale.ROOT, "%.0f ms (p50 %.0f, p99 %.0f)", sustained.percentile(95), sustained.percentile(50),
                        sustained.percentile(99)), "–", "–", quiet);
        table.add("whole stack: lost", "0", sustained.lost() + " of " + sustained.accepted() + " accepted ("
                + sustained.submitted() + " submitted)", "–", "–", quiet);
        table.add("report-service CPU per report under the whole-stack load (process CPU ÷ reports)", "–", reportCost, "–", "–", quiet);
        table.add("report-service RSS under the whole-stack load", "< 400 MB", rssReport + " MB", "–", "–", quiet);
        table.add("assessment-service RSS under the whole-stack load", "< 400 MB", rssAssessment + " MB", "–", "–", quiet);

        double keptUp = 0;
        List<String> steps = new ArrayList<>();
        Machine.Reading keepUpStart = Machine.read(stack.postgresProcesses());
        String keepUpLoad;
        try (Machine.Sampler sampler = new Machine.Sampler(0)) {
            for (String r : KEEP_UP_RATES.isBlank() ? new String[0] : KEEP_UP_RATES.split(",")) {
                double rate = Double.parseDouble(r.trim());
                PacedSubmissions.Outcome step = PacedSubmissions.run(alice, reports, assessments, rate, KEEP_UP_SECONDS, Duration.ofMinutes(3));
                boolean ok = step.keptUp(Duration.ofSeconds(5));
                steps.add(String.format(Locale.ROOT, "%.0f/s %s", rate, ok ? "kept up" : "fell behind"));
                System.out.println("PERF keep-up " + rate + "/s: " + step.summary() + (ok ? " — kept up" : " — fell behind"));
                if (!ok) {
                    break;
                }
                keptUp = rate;
            }
            keepUpLoad = sampler.loadRange();
        }
        if (!steps.isEmpty()) { // -Dperf.keepup.rates= (none) skips the figure
            table.add("highest rate at which reports keep up (READY ≤ 5 s after the last of " + KEEP_UP_SECONDS + " s of submissions)",
                    "≥ 100/s", String.format(Locale.ROOT, "%.0f/s", keptUp), String.join(", ", steps), "–",
                    Machine.quietness(keepUpStart, stack.postgresProcesses(), keepUpLoad));
        }
        if (sustained.lost() != 0 || sustained.accepted() != sustained.submitted()) {
            throw new AssertionError("the harness lost submissions: " + sustained.summary());
        }
    }

    /**
     * Warm-up until report-service's JIT has settled: rounds of 30 s at the measured rate (each waits for its reports)
     * until a round's compilation time is under a tenth of the round, at most {@code perf.stack.warmup.rounds}. A
     * young JVM compiles the renderer's large call tree for minutes, on the same two cores (profiled: in the first
     * 2 minutes JIT time was about the render time), which would otherwise be measured as the stack's latency. At the
     * measured rate, not below it: after rounds at 10/s that had settled (3 s of JIT in 30 s), the first minute at
     * 20/s still compiled for 28 s (two renders at once, larger consumer batches).
     */
    private static void warmUp(ServiceProcess reportService, Clinician alice, String reports, String assessments) throws Exception {
        for (int round = 1; round <= STACK_WARM_UP_ROUNDS; round++) {
            Map<String, Double> before = jvmCounters(reportService.pid());
            long started = System.nanoTime();
            PacedSubmissions.Outcome outcome = PacedSubmissions.run(alice, reports, assessments, STACK_RATE, 30, Duration.ofMinutes(5));
            double seconds = (System.nanoTime() - started) / 1e9;
            double jit = jvmCounters(reportService.pid()).get("JIT") - before.get("JIT");
            System.out.printf(Locale.ROOT, "PERF warm-up round %d: %s; report-service JIT %.1f s in %.0f s%n", round,
                    outcome.summary(), jit, seconds);
            if (jit < seconds / 10) {
                return;
            }
        }
    }

    /** The JVM's garbage-collection counts and seconds (jstat -gc: YGC, YGCT, FGC, FGCT) and JIT seconds (jstat -compiler). */
    private static Map<String, Double> jvmCounters(long pid) throws Exception {
        Map<String, Double> counters = new HashMap<>(columns(jstat(pid, "-gc")));
        counters.put("JIT", columns(jstat(pid, "-compiler")).get("Time"));
        return counters;
    }

    private static Map<String, Double> columns(String jstatOutput) {
        String[] lines = jstatOutput.trim().split("\n");
        String[] names = lines[0].trim().split("\\s+");
        String[] values = lines[1].trim().split("\\s+");
        Map<String, Double> columns = new HashMap<>();
        for (int i = 0; i < Math.min(names.length, values.length); i++) {
            try {
                columns.put(names[i], Double.parseDouble(values[i]));
            } catch (NumberFormatException notANumber) {
                // e.g. the name of the last failed method
            }
        }
        return columns;
    }

    private static String jstat(long pid, String option) throws Exception {
        return jdkTool("jstat", option, Long.toString(pid));
    }

    /**
     * Options every service JVM gets through its environment: with -Dperf.jfr=true and the start phase, a recording
     * of its first 15 s (the profile of start-up; target/start-PID.jfr, the restarted ones are the last three); with
     * -Dperf.nmt=true, native memory tracking.
     */
    private static Map<String, String> serviceJvmOptions() {
        List<String> options = new ArrayList<>();
        if (JFR && PHASES.contains("start")) {
            options.add("-XX:StartFlightRecording=duration=15s,settings=profile,filename=" + Path.of("target").toAbsolutePath() + "/start-%p.jfr");
        }
        if (NMT) {
            options.add("-XX:NativeMemoryTracking=summary");
        }
        return options.isEmpty() ? Map.of() : Map.of("JAVA_TOOL_OPTIONS", String.join(" ", options));
    }

    /**
     * -Dperf.nmt=true: where the service's memory is committed, by JVM area (jcmd VM.native_memory summary), beside
     * the RSS just measured; one line printed, the whole summary in target/nmt-SERVICE-WHEN.txt. Committed is not
     * resident (a committed page never touched takes no RAM), so the areas may add up to more than the RSS.
     */
    private static void nativeMemory(ServiceProcess service, String when, long rssMb) throws Exception {
        if (!NMT) {
            return;
        }
        String summary = jdkTool("jcmd", Long.toString(service.pid()), "VM.native_memory", "summary");
        Files.writeString(Path.of("target/nmt-" + service.name() + "-" + when + ".txt"), summary);
        StringBuilder line = new StringBuilder();
        Matcher total = NMT_TOTAL.matcher(summary);
        line.append(total.find() ? Long.parseLong(total.group(1)) / 1024 + " MB committed" : "no total");
        Matcher area = NMT_AREA.matcher(summary);
        while (area.find()) {
            long mb = Long.parseLong(area.group(2)) / 1024;
            if (mb >= 2) {
                line.append("; ").append(area.group(1).trim()).append(' ').append(mb);
            }
        }
        System.out.printf(Locale.ROOT, "PERF native memory %s %s (RSS %d MB): %s%n", service.name(), when, rssMb, line);
    }

    /** -Dperf.jfr=true: a flight recording of the service while the phase runs (jcmd; written to target/). */
    private static String startRecording(ServiceProcess service, String name) throws Exception {
        if (!JFR) {
            return null;
        }
        jcmd(service.pid(), "JFR.start", "name=" + name, "settings=profile");
        return name;
    }

    private static void dumpRecording(ServiceProcess service, String name) throws Exception {
        if (name == null) {
            return;
        }
        Path file = Path.of("target/" + service.name() + "-" + name + ".jfr").toAbsolutePath();
        jcmd(service.pid(), "JFR.stop", "name=" + name, "filename=" + file);
        System.out.println("PERF flight recording: " + file);
    }

    private static void jcmd(long pid, String... args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(Long.toString(pid)));
        arguments.addAll(List.of(args));
        jdkTool("jcmd", arguments.toArray(String[]::new));
    }

    /** Runs one of this JDK's tools (jcmd, jstat) and returns what it printed; fails if it fails. */
    private static String jdkTool(String tool, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", tool).toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + out);
        }
        return out;
    }
}
