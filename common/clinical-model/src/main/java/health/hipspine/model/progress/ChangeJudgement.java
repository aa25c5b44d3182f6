package health.hipspine.model.progress;

/**
 * One measure's change between two assessments; mirrors {@code Progress.MeasureChange} on the wire.
 *
 * @param change                  current - previous (negative = less disability or pain)
 * @param minimalImportantChange  the points that count as important from this baseline (NPRS: the percent
 *                                rule in points)
 * @param percentChange           change as a percent of the previous value; null when that was 0
 * @param minimalImportantPercent the published percent reduction that also counts as improvement (30 for both)
 * @param rule                    how the change was judged, with sources and evidence status
 */
public record ChangeJudgement(Measure measure, double previous, double current, double change,
                              double minimalImportantChange, String source, ChangeInterpretation interpretation,
                              Double percentChange, Double minimalImportantPercent, String rule) {

    /** Without the percent rule (the shape before issue 11). */
    public ChangeJudgement(Measure measure, double previous, double current, double change,
                           double minimalImportantChange, String source, ChangeInterpretation interpretation) {
        this(measure, previous, current, change, minimalImportantChange, source, interpretation, null, null, null);
    }
}
