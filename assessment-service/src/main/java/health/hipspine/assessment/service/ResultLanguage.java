package health.hipspine.assessment.service;

import health.hipspine.assessment.mapping.ResultTexts;
import health.hipspine.kit.caller.Caller;
import health.hipspine.assessment.mapping.Scored;
import health.hipspine.assessment.repository.AssessmentEntity;
import health.hipspine.events.AssessmentResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored result in the reader's language. Results are stored (and announced) in English; the Spanish texts are
 * made at read time by the model version that scored the assessment, from the stored submission, and laid over the
 * stored result by code ({@link ResultTexts}); the exercise plan is worded again from the catalogue in that language
 * ({@link ExercisePlanner}, {@link PlanWording}). Every result's categories are named in its language. A result of an
 * older model version stays in English and says so (its texts might not line up).
 */
@ApplicationScoped
public class ResultLanguage {

    /** The languages results are available in; English is the default and the stored language. */
    public static final List<String> LANGUAGES = List.of(PlanWording.ENGLISH, PlanWording.SPANISH);

    private final ClinicalScoring scoring;
    private final ExercisePlanner planner;
    private final Caller caller;

    public ResultLanguage(ClinicalScoring scoring, ExercisePlanner planner, Caller caller) {
        this.scoring = scoring;
        this.planner = planner;
        this.caller = caller;
    }

    /** The result and the language its texts are in. */
    public record Localised(AssessmentResult result, String language) {
    }

    public Localised of(AssessmentEntity assessment, String language) {
        AssessmentResult stored = assessment.result;
        if (!PlanWording.SPANISH.equals(language)) {
            return new Localised(ResultTexts.named(stored, PlanWording.ENGLISH), PlanWording.ENGLISH);
        }
        if (!scoring.modelVersion().equals(stored.modelVersion())) {
            // another model version might score (or word) this submission differently: its texts cannot be laid over
            return new Localised(ResultTexts.named(stored, PlanWording.ENGLISH), PlanWording.ENGLISH);
        }
        Scored translated = scoring.score(assessment.submission, language);
        AssessmentResult r = ResultTexts.overlay(ResultTexts.named(stored, PlanWording.ENGLISH), translated, language);
        List<AssessmentResult.Warning> warnings = r.warnings() == null ? null : r.warnings().stream()
                .map(w -> new AssessmentResult.Warning(w.code(), PlanWording.translate(w.text(), language).orElse(w.text())))
                .toList();
        return new Localised(new AssessmentResult(r.modelVersion(), r.contentRelease(), r.triage(), r.differential(),
                r.hipSpineSyndrome(), r.questionnaires(), plan(r.exercisePlan(), assessment, translated, language), r.nextSteps(),
                warnings, r.setting(), r.leadingCategory(), r.patientInstruction(), r.loadedExerciseSuppressed(),
                r.suppressedSuggestions()), language);
    }

    /**
     * The stored plan with its texts in {@code language}: a fixed note (held back, no likely source, catalogue
     * unreachable) from {@link PlanWording}; a built plan worded again by the same planner from the catalogue in that
     * language (cached) and laid over by exercise code: name, dosage, reason and what to watch. Which exercises, their
     * order, phases and citations stay as stored; an exercise the catalogue no longer lists, or a catalogue that
     * cannot be reached now, keeps its stored (English) texts.
     */
    private AssessmentResult.ExercisePlan plan(AssessmentResult.ExercisePlan stored, AssessmentEntity assessment,
                                               Scored translated, String language) {
        if (stored == null) {
            return null;
        }
        java.util.Optional<String> fixedNote = PlanWording.translate(stored.note(), language);
        if (fixedNote.isPresent() || stored.items() == null || stored.items().isEmpty() || translated.loadedExerciseSuppressed()) {
            return new AssessmentResult.ExercisePlan(stored.complete(), fixedNote.orElse(stored.note()), stored.items());
        }
        AssessmentResult.ExercisePlan worded = planner.plan(translated.recommendedConditionCodes(),
                translated.likelyConditionCodes(), scoring.patient(assessment.submission, translated), language,
                caller.bearerAuthorization()).plan();
        if (!worded.complete()) {
            return stored;
        }
        Map<String, AssessmentResult.ExercisePlanItem> byCode = new HashMap<>();
        worded.items().forEach(i -> byCode.put(i.exerciseCode(), i));
        List<AssessmentResult.ExercisePlanItem> items = stored.items().stream().map(s -> {
            AssessmentResult.ExercisePlanItem t = byCode.get(s.exerciseCode());
            return t == null ? s : new AssessmentResult.ExercisePlanItem(s.exerciseCode(), t.name(), t.dosage(), t.why(),
                    s.phase(), s.conditionCode(), s.source(), t.watch(), s.adaptedFrom());
        }).toList();
        boolean samePlan = worded.items().stream().map(AssessmentResult.ExercisePlanItem::exerciseCode).toList()
                .equals(stored.items().stream().map(AssessmentResult.ExercisePlanItem::exerciseCode).toList());
        // the note describes the plan: only a plan of the same exercises has the same note
        return new AssessmentResult.ExercisePlan(stored.complete(), samePlan ? worded.note() : stored.note(), items);
    }
}
