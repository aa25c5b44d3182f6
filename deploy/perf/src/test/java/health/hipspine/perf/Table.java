package health.hipspine.perf;

import java.util.ArrayList;
import java.util.List;

/** The harness's one table: figure, target, measured, anchor measured in the same run, ratio, machine state. */
final class Table {

    private final List<String> rows = new ArrayList<>();

    void add(String figure, String target, String measured, String anchor, String ratio, String machine) {
        rows.add("| " + String.join(" | ", figure, target, measured, anchor, ratio, machine) + " |");
        System.out.println("PERF " + rows.getLast());
    }

    String markdown() {
        return "| Figure | Target | Measured | Anchor (same run) | Ratio | Machine during the figure |\n"
                + "|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n";
    }

    /** The nearest-rank percentile {@code p} (0-100) of ascending {@code sorted}; NaN when empty. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1))];
    }
}
