package health.hipspine.report.benchmark;

import health.hipspine.report.PdfChecks;
import health.hipspine.report.SampleEvents;
import health.hipspine.report.client.ContentLookup;
import health.hipspine.report.client.ExerciseDetails;
import health.hipspine.report.rendering.DocumentFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Render time of a typical clinician report (all catalogue texts present, 2-3 pages): openhtmltopdf on one
 * thread after warm-up, and headless Chromium (Debian package) printing the same XHTML with --print-to-pdf.
 * Run: ./mvnw -B -pl report-service -am test -Dreport.excludedGroups=none -Dgroups=benchmark -Dtest=RenderBenchmark
 *      -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class RenderBenchmark {

    static final ContentLookup FULL_CATALOGUE = new ContentLookup() {
        @Override
        public Optional<ExerciseDetails> exercise(String code, String language) {
            return Optional.of(new ExerciseDetails(code, null, "A short description of what this exercise does and why it helps.",
                    List.of("Start position: lie on your back with both knees bent and feet flat.",
                            "Tighten your tummy gently and breathe out as you start the movement.",
                            "Move slowly through the range that feels comfortable, then return.",
                            "Rest for a few seconds between repetitions."),
                    new ExerciseDetails.Dosage(2, 10, 5, "daily", "2 sets of 10, hold 5 s, daily"),
                    List.of("Stop if pain spreads down the leg.", "Avoid holding your breath."), "1"));
        }

        @Override
        public Optional<String> findingName(String code, String language) {
            return Optional.of("Finding " + code.substring(code.indexOf('.') + 1).replace('-', ' '));
        }
    };

    @Test
    void openHtmlToPdfVersusHeadlessChromium() throws Exception {
        DocumentFactory documents = new DocumentFactory();
        var event = SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-4711");
        Instant now = Instant.now();
        String html = documents.clinicianHtml(event, FULL_CATALOGUE, 1, now);
        byte[] sample = documents.renderHtml(html);
        int pages = PdfChecks.pages(sample);

        int warmup = Integer.getInteger("bench.warmup", 100);
        int runs = Integer.getInteger("bench.runs", 300);
        for (int i = 0; i < warmup; i++) {
            documents.renderHtml(html);
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] renderMs = new double[runs];
        double[] cpuMs = new double[runs];
        double[] fullMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            documents.renderHtml(html);
            renderMs[i] = (System.nanoTime() - t0) / 1e6;
            cpuMs[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            long t1 = System.nanoTime();
            documents.clinicianPdf(event, FULL_CATALOGUE, 1, now);
            fullMs[i] = (System.nanoTime() - t1) / 1e6;
        }
        System.out.printf("BENCH openhtmltopdf: %d pages, %d bytes; warm-up %d, runs %d%n", pages, sample.length, warmup, runs);
        System.out.printf("BENCH openhtmltopdf XHTML->PDF/A-2a+UA: median %.1f ms, p95 %.1f ms, mean %.1f ms -> %.1f docs/s on one thread%n",
                percentile(renderMs, 50), percentile(renderMs, 95), mean(renderMs), 1000 / mean(renderMs));
        System.out.printf("BENCH openhtmltopdf XHTML->PDF/A-2a+UA, CPU time of the rendering thread: median %.1f ms, p95 %.1f ms, mean %.1f ms%n",
                percentile(cpuMs, 50), percentile(cpuMs, 95), mean(cpuMs));
        System.out.printf("BENCH load average at the end: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.printf("BENCH openhtmltopdf event->Qute->PDF: median %.1f ms, p95 %.1f ms%n", percentile(fullMs, 50), percentile(fullMs, 95));

        Path chromium = Path.of(System.getProperty("bench.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            System.out.println("BENCH chromium: not installed, skipped");
            return;
        }
        Path dir = Files.createTempDirectory("report-bench");
        Path input = dir.resolve("report.xhtml");
        Files.writeString(input, html, StandardCharsets.UTF_8);
        int chromeRuns = Integer.getInteger("bench.chromium.runs", 12);
        List<Double> chromeMs = new ArrayList<>();
        for (int i = 0; i < chromeRuns + 2; i++) {
            Path out = dir.resolve("chromium-" + i + ".pdf");
            Path profile = Files.createTempDirectory(dir, "profile");
            ProcessBuilder pb = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + out, input.toUri().toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("chromium-" + i + ".log").toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("chromium hung");
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            if (p.exitValue() != 0 || !Files.exists(out)) {
                throw new IllegalStateException("chromium failed, see " + dir);
            }
            if (i >= 2) { // the first two runs warm the page cache
                chromeMs.add(ms);
            }
            if (i == 0) {
                System.out.printf("BENCH chromium: %d pages, %d bytes (%s)%n", PdfChecks.pages(Files.readAllBytes(out)), Files.size(out), out);
            }
        }
        double[] c = chromeMs.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf("BENCH chromium --print-to-pdf (one process per document): median %.0f ms, p95 %.0f ms, mean %.0f ms -> %.2f docs/s%n",
                percentile(c, 50), percentile(c, 95), mean(c), 1000 / mean(c));
        System.out.printf("BENCH throughput ratio openhtmltopdf/chromium (means): %.0fx%n", mean(c) / mean(renderMs));
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }
}
