package health.hipspine.report.benchmark;

import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.report.CataloguePictures;
import health.hipspine.report.PdfChecks;
import health.hipspine.report.SampleEvents;
import health.hipspine.report.client.ContentLookup;
import health.hipspine.report.client.ExerciseDetails;
import health.hipspine.report.rendering.DocumentFactory;
import health.hipspine.servers.Directories;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Render time of a typical clinician report (all catalogue texts and the exercise pictures present, 2-3 pages): openhtmltopdf on one
 * thread after warm-up, and headless Chromium (Debian package) printing the same XHTML with --print-to-pdf.
 * Run: ./mvnw -B -pl report-service -am test -Dreport.excludedGroups=none -Dgroups=benchmark -Dtest=RenderBenchmark
 *      -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class RenderBenchmark {

    /** Every text present and, as the content release has one for every exercise, each exercise's picture. */
    static final ContentLookup FULL_CATALOGUE = catalogue(true);

    static ContentLookup catalogue(boolean pictures) {
        return new ContentLookup() {
            @Override
            public Optional<ExerciseDetails> exercise(String code, String language) {
                ExerciseDetails details = new ExerciseDetails(code, null, "A short description of what this exercise does and why it helps.",
                        List.of("Start position: lie on your back with both knees bent and feet flat.",
                                "Tighten your tummy gently and breathe out as you start the movement.",
                                "Move slowly through the range that feels comfortable, then return.",
                                "Rest for a few seconds between repetitions."),
                        new ExerciseDetails.Dosage(2, 10, 5, "daily", "2 sets of 10, hold 5 s, daily"),
                        List.of("Stop if pain spreads down the leg.", "Avoid holding your breath."), "1",
                        "Line drawing of the exercise.", null);
                // without the SVG an exercise prints no picture, whatever its alt text
                return Optional.of(pictures ? details.withImage(CataloguePictures.svg(CataloguePictures.DRAWN_AS.get(code) + ".svg"))
                        : details);
            }

            @Override
            public Optional<String> findingName(String code, String language) {
                return Optional.of("Finding " + code.substring(code.indexOf('.') + 1).replace('-', ' '));
            }
        };
    }

    @Test
    void openHtmlToPdfVersusHeadlessChromium() throws Exception {
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
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
        // the same report without its exercise pictures: what the drawings cost
        String withoutPictures = documents.clinicianHtml(event, catalogue(false), 1, now);
        for (int i = 0; i < warmup; i++) {
            documents.renderHtml(withoutPictures);
        }
        double[] plainMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            documents.renderHtml(withoutPictures);
            plainMs[i] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf("BENCH openhtmltopdf, the same report without its %d exercise pictures: median %.1f ms, p95 %.1f ms%n",
                event.result().exercisePlan().items().size(), percentile(plainMs, 50), percentile(plainMs, 95));

        Path chromium = Path.of(System.getProperty("bench.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            System.out.println("BENCH chromium: not installed, skipped");
            return;
        }
        Path dir = Files.createTempDirectory("report-bench");
        Path input = dir.resolve("report.xhtml");
        // Chromium draws SVG itself but shows no PDF in an <img>: it gets the same report with the drawings as SVG
        String browserHtml = withSvgPictures(html, event);
        Files.writeString(input, browserHtml, StandardCharsets.UTF_8);
        int chromeRuns = Integer.getInteger("bench.chromium.runs", 8);
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

        double[] warm = warmChromium(chromium, browserHtml, dir);
        Directories.delete(dir); // Chromium's profiles: tens of MB a run
        System.out.printf("BENCH chromium warm (one browser, one page reused: set content + WebDriver print): median %.1f ms, p95 %.1f ms, mean %.1f ms -> %.1f docs/s%n",
                percentile(warm, 50), percentile(warm, 95), mean(warm), 1000 / mean(warm));
        System.out.printf("BENCH throughput ratio openhtmltopdf/warm chromium (means): %.1fx%n", mean(warm) / mean(renderMs));
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        System.out.printf("BENCH load average at the end: %s%n", loadAfter);
        // rows for the harness's table (deploy/local/perf.sh): figure | target | measured | anchor | ratio | machine
        String machine = "load " + loadBefore + "-" + loadAfter;
        Files.writeString(Path.of("target/perf-pdf.md"), String.format(java.util.Locale.ROOT, """
                | PDF: %d-page clinician report, PDF/A-2a + UA, one thread, median | ≤ 15 ms | %.1f ms (p95 %.1f, CPU median %.1f) | warm Chromium median %.1f ms | – | %s |
                | PDF throughput, one thread vs warm Chromium (one page reused) | ≥ 5× | %.1f docs/s | warm Chromium %.1f docs/s; cold (process per document) %.2f docs/s | %.1f× | %s |
                """, pages, percentile(renderMs, 50), percentile(renderMs, 95), percentile(cpuMs, 50), percentile(warm, 50), machine,
                1000 / mean(renderMs), 1000 / mean(warm), 1000 / mean(c), mean(warm) / mean(renderMs), machine));
    }

    /**
     * The peer a team would really pick: headless Chromium kept running, one page reused; each document is set as
     * the page's content (document.open/write/close, what Puppeteer's setContent does) and printed with WebDriver's
     * print command (A4, backgrounds). Returns the wall-clock time of each measured document.
     */
    static double[] warmChromium(Path chromium, String html, Path dir) throws Exception {
        org.openqa.selenium.chrome.ChromeOptions options = new org.openqa.selenium.chrome.ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(dir, "warm-profile"));
        var service = new org.openqa.selenium.chrome.ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("bench.chromedriver", "/usr/bin/chromedriver")).toFile()).build();
        org.openqa.selenium.chrome.ChromeDriver driver = new org.openqa.selenium.chrome.ChromeDriver(service, options);
        try {
            driver.get("about:blank");
            var print = new org.openqa.selenium.print.PrintOptions();
            print.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0)); // A4, in cm
            print.setBackground(true);
            int warmup = Integer.getInteger("bench.chromium.warm.warmup", 20);
            int runs = Integer.getInteger("bench.chromium.warm.runs", 60);
            double[] ms = new double[runs];
            for (int i = 0; i < warmup + runs; i++) {
                long t0 = System.nanoTime();
                driver.executeScript("document.open(); document.write(arguments[0]); document.close();", html);
                byte[] pdf = java.util.Base64.getDecoder().decode(driver.print(print).getContent());
                double elapsed = (System.nanoTime() - t0) / 1e6;
                if (i == 0) {
                    System.out.printf("BENCH chromium warm: %d pages, %d bytes%n", PdfChecks.pages(pdf), pdf.length);
                }
                if (i >= warmup) {
                    ms[i - warmup] = elapsed;
                }
            }
            return ms;
        } finally {
            driver.quit();
        }
    }

    /** The report with each embedded picture page replaced by its drawing's SVG, in plan order (as the template prints them). */
    static String withSvgPictures(String html, AssessmentCompletedV1 event) {
        Matcher pdf = Pattern.compile("data:application/pdf;base64,[A-Za-z0-9+/=]+").matcher(html);
        var svgs = event.result().exercisePlan().items().stream()
                .map(item -> FULL_CATALOGUE.exercise(item.exerciseCode(), "en").orElseThrow().pictureDataUri().orElseThrow())
                .iterator();
        StringBuilder out = new StringBuilder();
        while (pdf.find()) {
            pdf.appendReplacement(out, Matcher.quoteReplacement(svgs.next()));
        }
        pdf.appendTail(out);
        if (svgs.hasNext() || out.indexOf("data:application/pdf") >= 0) {
            throw new IllegalStateException("the report's pictures and the plan's exercises do not match");
        }
        return out.toString();
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
