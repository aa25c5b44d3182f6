package health.hipspine.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Resident set size from /proc (Linux); 0 where it cannot be read. */
public final class Memory {

    private Memory() {
    }

    public static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone or not Linux
        }
        return 0;
    }

    /** The process and all its descendants, in MB. */
    public static long rssMbWithDescendants(long pid) {
        return ProcessHandle.of(pid)
                .map(p -> Stream.concat(Stream.of(p), p.descendants()).mapToLong(h -> rssKb(h.pid())).sum() / 1024)
                .orElse(0L);
    }
}
