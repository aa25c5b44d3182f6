package health.hipspine.model.progress;

/**
 * One measure's change between two assessments; mirrors {@code Progress.MeasureChange} on the wire.
 *
 * @param change current - previous (negative = less disability or pain)
 */
public record ChangeJudgement(Measure measure, double previous, double current, double change,
                              double minimalImportantChange, String source, ChangeInterpretation interpretation) {
}
