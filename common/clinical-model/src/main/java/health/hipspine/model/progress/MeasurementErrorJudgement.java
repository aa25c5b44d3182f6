package health.hipspine.model.progress;

/**
 * A change judged against a minimal detectable change: beyond measurement error for one patient (better or
 * worse) or within it; NOT_JUDGED when no threshold is published. Never "important": that needs a MIC.
 */
public enum MeasurementErrorJudgement {
    BEYOND_MDC_BETTER, BEYOND_MDC_WORSE, WITHIN_MDC, NOT_JUDGED
}
