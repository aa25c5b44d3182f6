package health.hipspine.assessment.service;

import health.hipspine.assessment.mapping.ResultTexts;
import health.hipspine.assessment.mapping.Scored;
import health.hipspine.assessment.repository.AssessmentEntity;
import health.hipspine.events.AssessmentResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * A stored result in the reader's language. Results are stored (and announced) in English; the Spanish texts are
 * made at read time by the model version that scored the assessment, from the stored submission, and laid over the
 * stored result by code ({@link ResultTexts}); the plan's own texts come from {@link PlanWording}. A result of an
 * older model version stays in English and says so (its texts might not line up).
 */
@ApplicationScoped
public class ResultLanguage {

    /** The languages results are available in; English is the default and the stored language. */
    public static final List<String> LANGUAGES = List.of(PlanWording.ENGLISH, PlanWording.SPANISH);

    private final ClinicalScoring scoring;

    public ResultLanguage(ClinicalScoring scoring) {
        this.scoring = scoring;
    }

    /** The result and the language its texts are in. */
    public record Localised(AssessmentResult result, String language) {
    }

    public Localised of(AssessmentEntity assessment, String language) {
        AssessmentResult stored = assessment.result;
        if (!PlanWording.SPANISH.equals(language)) {
            return new Localised(stored, PlanWording.ENGLISH);
        }
        if (!scoring.modelVersion().equals(stored.modelVersion())) {
            // another model version might score (or word) this submission differently: its texts cannot be laid over
            return new Localised(stored, PlanWording.ENGLISH);
        }
        Scored translated = scoring.score(assessment.submission, language);
        AssessmentResult r = ResultTexts.overlay(stored, translated, language);
        AssessmentResult.ExercisePlan plan = r.exercisePlan() == null ? null : new AssessmentResult.ExercisePlan(
                r.exercisePlan().complete(), PlanWording.translate(r.exercisePlan().note(), language).orElse(r.exercisePlan().note()),
                r.exercisePlan().items());
        List<AssessmentResult.Warning> warnings = r.warnings() == null ? null : r.warnings().stream()
                .map(w -> new AssessmentResult.Warning(w.code(), PlanWording.translate(w.text(), language).orElse(w.text())))
                .toList();
        return new Localised(new AssessmentResult(r.modelVersion(), r.contentRelease(), r.triage(), r.differential(),
                r.hipSpineSyndrome(), r.questionnaires(), plan, r.nextSteps(), warnings, r.setting(), r.leadingCategory(),
                r.patientInstruction(), r.loadedExerciseSuppressed(), r.suppressedSuggestions()), language);
    }
}
