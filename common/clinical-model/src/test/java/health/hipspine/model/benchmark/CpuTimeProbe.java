package health.hipspine.model.benchmark;

import health.hipspine.model.ModelResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Companion to {@link AssessBenchmark} for a shared, overloaded machine: measures assessments per second of
 * wall time AND per second of this thread's CPU time, so the cost of {@code assess} can be read even when other
 * processes take most of the cores. Run: see the module README.
 */
public final class CpuTimeProbe {

    private CpuTimeProbe() {
    }

    public static void main(String[] args) {
        AssessBenchmark bench = new AssessBenchmark();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int perRound = 200_000;
        long sink = 0;
        for (int i = 0; i < 50_000; i++) { // warm-up
            sink += bench.typicalOneThread().differential().size();
        }
        for (int r = 1; r <= rounds; r++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                ModelResult result = bench.typicalOneThread();
                sink += result.warnings().size();
            }
            double wallS = (System.nanoTime() - wall) / 1e9;
            double cpuS = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("round %d: %,.0f assessments/s wall, %,.0f assessments per CPU-second (%.1f us CPU each)%n",
                    r, perRound / wallS, perRound / cpuS, cpuS * 1e6 / perRound);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
