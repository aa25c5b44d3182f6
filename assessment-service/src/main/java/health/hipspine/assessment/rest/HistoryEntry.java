package health.hipspine.assessment.rest;

import health.hipspine.assessment.mapping.ClinicalModelMapping;
import health.hipspine.assessment.service.AssessmentService;
import health.hipspine.events.AssessmentResult;
import health.hipspine.events.Progress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One assessment in a patient's history: enough to follow the course (triage, leading pain source,
 * questionnaire scores) and the change since the previous assessment judged against each measure's
 * minimal important change. The full result is at {@code /api/v1/assessments/{id}}.
 */
@Schema(name = "HistoryEntry")
public record HistoryEntry(
        UUID id,
        Instant createdAt,
        LocalDate encounterDate,
        String modelVersion,
        String triageLevel,
        String leadingCategory,
        Double leadingProbability,
        AssessmentResult.QuestionnaireScores questionnaires,
        Progress progress,
        @Schema(nullable = true, description = "The leading category's name in the language asked for (Accept-Language: en"
                + " or es); null when no source is clear")
        String leadingCategoryName) {

    static HistoryEntry of(AssessmentService.Visit visit, String language) {
        var a = visit.assessment();
        AssessmentResult r = a.result;
        // the model's leader, never simply the first entry: null = no clear source (also for results stored
        // before model 2026.12, which did not say)
        var leading = r.leadingCategory() == null || r.differential() == null ? null : r.differential().stream()
                .filter(e -> r.leadingCategory().equals(e.category())).findFirst().orElse(null);
        return new HistoryEntry(a.id, a.createdAt, a.encounterDate, r.modelVersion(),
                r.triage() == null ? null : r.triage().level(), leading == null ? null : leading.category(),
                leading == null ? null : leading.probability(), r.questionnaires(), visit.progress(),
                leading == null ? null : ClinicalModelMapping.categoryName(leading.category(), language));
    }
}
