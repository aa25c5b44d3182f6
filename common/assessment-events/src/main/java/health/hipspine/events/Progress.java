package health.hipspine.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Change since the patient's previous assessment at the same clinic; null fields when there is none.
 *
 * @param changes           measures with a published minimal important change (ODI, NPRS)
 * @param changesWithoutMic since issue 11: measures without one (HOOS-12 scales and summary, STarT Back
 *                          total), shown and judged only against what is published; absent (null) in older events
 */
public record Progress(UUID previousAssessmentId, LocalDate previousEncounterDate, List<MeasureChange> changes,
        List<ChangeWithoutMic> changesWithoutMic) {

    /** The shape before issue 11. */
    public Progress(UUID previousAssessmentId, LocalDate previousEncounterDate, List<MeasureChange> changes) {
        this(previousAssessmentId, previousEncounterDate, changes, null);
    }

    /**
     * One measure (ODI, NPRS) judged against its minimal clinically important difference.
     * {@code interpretation}: IMPROVED, WORSENED or NO_IMPORTANT_CHANGE. Since issue 11 (null before):
     * {@code percentChange} (change as a percent of the previous value), {@code minimalImportantPercent} (the
     * published percent fall that also counts: 30 for ODI, Ostelo 2008; for NPRS the rule itself, Farrar 2001,
     * with {@code minimalImportantChange} its points from this baseline) and {@code rule} (how it was judged,
     * with sources and evidence status).
     */
    public record MeasureChange(
            String measure,
            double previous,
            double current,
            double change,
            double minimalImportantChange,
            String source,
            String interpretation,
            Double percentChange,
            Double minimalImportantPercent,
            String rule) {

        /** The shape before issue 11. */
        public MeasureChange(String measure, double previous, double current, double change, double minimalImportantChange,
                String source, String interpretation) {
            this(measure, previous, current, change, minimalImportantChange, source, interpretation, null, null, null);
        }
    }

    /**
     * The change of a measure without a published minimal important change. {@code measure}: HOOS12_PAIN,
     * HOOS12_FUNCTION, HOOS12_QOL, HOOS12_SUMMARY or STARTBACK (higher is better for HOOS-12).
     * {@code thresholdKind}: MDC_INDIVIDUAL_FULL_HOOS (the full HOOS's individual minimal detectable change,
     * Gojło &amp; Paradowski 2020, not a HOOS-12 value) or NONE ({@code threshold} null).
     * {@code interpretation}: BEYOND_MDC_BETTER, BEYOND_MDC_WORSE, WITHIN_MDC or NOT_JUDGED.
     */
    public record ChangeWithoutMic(
            String measure,
            double previous,
            double current,
            double change,
            Double threshold,
            String thresholdKind,
            String source,
            String evidenceStatus,
            String interpretation,
            String note) {
    }
}
