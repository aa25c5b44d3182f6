package health.hipspine.model.catalogue;

/**
 * One diagnostic-accuracy row exactly as /work/shared/reference/clinical-evidence.md gives it; the numbers
 * are kept as published text ("0.91 (0.82-0.94)", "≈37", "OR ≈14") for display. What the model applies
 * is in {@link #model()}.
 *
 * @param category       the differential category the row bears on, or null (e.g. red-flag rows)
 * @param evidenceStatus as in the evidence file (V, S, C, U, or a combination such as "V, C")
 */
public record AccuracyRow(
        String id,
        int version,
        String targetCondition,
        String category,
        String sn,
        String sp,
        String lrPositive,
        String lrNegative,
        String referenceStandard,
        String setting,
        String source,
        String evidenceStatus,
        String note,
        ModelUse model) {
}
