package health.hipspine.model.progress;

/**
 * The change of a measure that has no published minimal important change (HOOS-12, STarT Back), shown and
 * judged only against what is published; mirrors {@code Progress.ChangeWithoutMic} on the wire.
 *
 * @param threshold      the published threshold used, null when there is none
 * @param thresholdKind  {@code MDC_INDIVIDUAL_FULL_HOOS} (an individual minimal detectable change of the full
 *                       HOOS, not of HOOS-12) or {@code NONE}
 * @param evidenceStatus V, S or U of the threshold (U when there is none)
 * @param note           what the threshold is and is not
 */
public record ChangeWithoutMic(Measure measure, double previous, double current, double change, Double threshold,
                               String thresholdKind, String source, String evidenceStatus,
                               MeasurementErrorJudgement interpretation, String note) {
}
