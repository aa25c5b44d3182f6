package health.hipspine.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Change since the patient's previous assessment at the same clinic; null fields when there is none.
 */
public record Progress(UUID previousAssessmentId, LocalDate previousEncounterDate, List<MeasureChange> changes) {

    /**
     * One measure (ODI, NPRS, STARTBACK) judged against its minimal clinically important difference.
     * {@code interpretation}: IMPROVED, WORSENED or NO_IMPORTANT_CHANGE.
     */
    public record MeasureChange(
            String measure,
            double previous,
            double current,
            double change,
            double minimalImportantChange,
            String source,
            String interpretation) {
    }
}
