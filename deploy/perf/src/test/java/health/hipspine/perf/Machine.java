package health.hipspine.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How quiet the machine was while a figure was taken: the 1-minute load average, and the CPU time spent by
 * processes that are not part of the measurement (the machine's busy time from /proc/stat minus the CPU time of
 * this JVM, its child processes — wrk, the stack — and the PostgreSQL server). A figure counts only when the
 * second is near zero; the load average alone also counts the benchmark's own runnable threads.
 */
final class Machine {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    /** A reading taken at the start of a phase; {@link #quietness} compares it with now. */
    record Reading(long nanos, double busySeconds, double ourSeconds) {
    }

    private Machine() {
    }

    static Reading read(List<ProcessHandle> extra) {
        return new Reading(System.nanoTime(), busySeconds(), ourCpuSeconds(extra));
    }

    /** "load 1.2-3.4, other CPU 0.05 cores" for the phase that started at {@code start}. */
    static String quietness(Reading start, List<ProcessHandle> extra, String loadRange) {
        Reading end = read(extra);
        double seconds = (end.nanos() - start.nanos()) / 1e9;
        double other = Math.max(0, (end.busySeconds() - start.busySeconds()) - (end.ourSeconds() - start.ourSeconds()));
        return String.format(Locale.ROOT, "load %s, other processes %.2f cores", loadRange, other / seconds);
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** CPU time of one process, in seconds (utime + stime). */
    static double cpuSeconds(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9;
    }

    private static double ourCpuSeconds(List<ProcessHandle> extra) {
        ProcessHandle self = ProcessHandle.current();
        return Stream.concat(Stream.concat(Stream.of(self), self.descendants()), extra.stream()).distinct()
                .mapToDouble(p -> withReapedChildren(p.pid())).sum();
    }

    /**
     * utime + stime + cutime + cstime from /proc/PID/stat: the process and its children that ended and were waited
     * for (wrk after its run, the PostgreSQL backends of closed connections), whose CPU would otherwise count as
     * "other processes".
     */
    private static double withReapedChildren(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is f[0], so utime (field 14) is f[11] ... cstime (field 17) is f[14]
            return (Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0; // ended meanwhile
        }
    }

    /** Busy CPU seconds of the whole machine since boot (all but idle and iowait). */
    private static double busySeconds() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Samples the load average and a process's RSS every second while a phase runs. */
    static final class Sampler implements AutoCloseable {
        private final Thread thread;
        private volatile double minLoad = Double.MAX_VALUE;
        private volatile double maxLoad;
        private volatile long maxRssKb;

        Sampler(long pidForRss) {
            thread = Thread.ofPlatform().daemon().name("perf-sampler").start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    double load = loadAverage();
                    minLoad = Math.min(minLoad, load);
                    maxLoad = Math.max(maxLoad, load);
                    if (pidForRss > 0) {
                        maxRssKb = Math.max(maxRssKb, health.hipspine.stack.Memory.rssKb(pidForRss));
                    }
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        String loadRange() {
            return String.format(Locale.ROOT, "%.1f-%.1f", minLoad, maxLoad);
        }

        long maxRssMb() {
            return maxRssKb / 1024;
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }
}
