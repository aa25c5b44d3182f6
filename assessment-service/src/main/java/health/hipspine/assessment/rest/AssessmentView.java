package health.hipspine.assessment.rest;

import health.hipspine.assessment.repository.AssessmentEntity;
import health.hipspine.events.AssessmentResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The REST representation of a stored assessment: its id and time, then the scored result. */
@Schema(name = "Assessment")
public record AssessmentView(
        UUID id,
        Instant createdAt,
        String patientRef,
        LocalDate encounterDate,
        String modelVersion,
        String contentRelease,
        AssessmentResult.Triage triage,
        List<AssessmentResult.DifferentialEntry> differential,
        AssessmentResult.HipSpineSyndrome hipSpineSyndrome,
        AssessmentResult.QuestionnaireScores questionnaires,
        AssessmentResult.ExercisePlan exercisePlan,
        List<AssessmentResult.NextStep> nextSteps,
        List<AssessmentResult.Warning> warnings,
        @Schema(enumeration = {"primary-care", "specialist"}, description = "Whose published prevalences were the pre-test probabilities")
        String setting,
        @Schema(description = "The category the findings raised; null = no clear source (never the first entry by default)")
        String leadingCategory,
        @Schema(description = "Where the patient should go and how fast, in plain words")
        AssessmentResult.PatientInstruction patientInstruction,
        @Schema(description = "true: no loaded exercise is planned (URGENT/EMERGENCY triage, or a child or adolescent)")
        boolean loadedExerciseSuppressed,
        @Schema(description = "Codes of suggestions held back for safety, e.g. next.diagnostic-hip-injection")
        List<String> suppressedSuggestions,
        @Schema(nullable = true, description = "The leading category's name in the result's language (its categoryName in"
                + " the differential); null when no source is clear")
        String leadingCategoryName) {

    static AssessmentView of(AssessmentEntity a) {
        return of(a, a.result);
    }

    /** The stored assessment with {@code r}, its result in the reader's language. */
    static AssessmentView of(AssessmentEntity a, AssessmentResult r) {
        return new AssessmentView(a.id, a.createdAt, a.submission.patientRef(), a.submission.encounterDate(),
                r.modelVersion(), r.contentRelease(), r.triage(), r.differential(), r.hipSpineSyndrome(), r.questionnaires(),
                r.exercisePlan(), r.nextSteps(), r.warnings(), r.setting(), r.leadingCategory(), r.patientInstruction(),
                r.loadedExerciseSuppressed(), r.suppressedSuggestions(), leadingName(r));
    }

    private static String leadingName(AssessmentResult r) {
        return r.leadingCategory() == null || r.differential() == null ? null : r.differential().stream()
                .filter(e -> r.leadingCategory().equals(e.category())).map(AssessmentResult.DifferentialEntry::categoryName)
                .findFirst().orElse(null);
    }
}
