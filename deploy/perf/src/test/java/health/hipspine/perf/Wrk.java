package health.hipspine.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * wrk (Debian package; C and epoll, so the load generator's own CPU stays small on two cores) posting
 * submissions with the script assessment-service's own benchmark uses.
 */
final class Wrk {

    static final Path WRK = Path.of("/usr/bin/wrk");

    private Wrk() {
    }

    /** "N requests, E errors, R/s, p50 .., p99 .., max .." as the script's done() prints it. */
    static String post(Path root, String url, String token, int connections, int seconds) throws IOException, InterruptedException {
        if (!Files.isExecutable(WRK)) {
            throw new IllegalStateException("wrk is missing: deploy/local/perf.sh installs it (apt-get install wrk)");
        }
        Path script = root.resolve("assessment-service/src/test/resources/bench/post-assessment.lua");
        ProcessBuilder pb = new ProcessBuilder(WRK.toString(), "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "5s",
                "-s", script.toString(), url).redirectErrorStream(true);
        pb.environment().put("BENCH_TOKEN", token);
        pb.environment().put("BENCH_BODY", Clinician.SUBMISSION);
        Process wrk = pb.start();
        String out = new String(wrk.getInputStream().readAllBytes());
        wrk.waitFor();
        return out.lines().filter(l -> l.startsWith("WRK ")).findFirst().map(l -> l.substring(4))
                .orElseThrow(() -> new IllegalStateException("wrk failed: " + out));
    }

    /** The number after {@code label} in wrk's line, e.g. value(line, "p99") → 42.1. */
    static double value(String line, String label) {
        for (String part : line.split(", ")) {
            if (label.equals("/s") && part.endsWith("/s")) {
                return Double.parseDouble(part.substring(0, part.length() - 2));
            }
            String[] words = part.trim().split(" ");
            if (words.length >= 2 && words[0].equals(label)) {
                return Double.parseDouble(words[1]);
            }
            if (words.length == 2 && words[1].equals(label)) {
                return Double.parseDouble(words[0].replace("/s", ""));
            }
        }
        throw new IllegalArgumentException(label + " not in " + line);
    }
}
