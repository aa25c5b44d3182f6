package health.hipspine.assessment.mapping;

import health.hipspine.events.AssessmentResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A stored result with the clinical model's texts of another language. The texts are templates filled with the
 * assessment's own values, so they come from the same model version scoring the same submission in that language;
 * only texts are taken from it, and only where the codes line up. Every number, level, code and citation stays as
 * stored.
 */
public final class ResultTexts {

    private ResultTexts() {
    }

    /**
     * {@code stored} with the texts of {@code translated}: triage action and reasons, hip–spine rationale, evidence
     * notes, questionnaire "not scored" reasons, next steps, the model's warnings and the patient instruction. A text
     * whose code does not line up keeps its stored (English) wording.
     */
    public static AssessmentResult overlay(AssessmentResult stored, Scored translated, String language) {
        AssessmentResult.Triage triage = stored.triage();
        if (triage != null && translated.triage() != null && Objects.equals(triage.level(), translated.triage().level())) {
            triage = new AssessmentResult.Triage(triage.level(),
                    byPosition(triage.reasons(), translated.triage().reasons(), AssessmentResult.TriageReason::code,
                            (s, t) -> new AssessmentResult.TriageReason(s.code(), t.text(), s.source())),
                    translated.triage().action());
        }
        AssessmentResult.HipSpineSyndrome hss = stored.hipSpineSyndrome();
        if (hss != null && translated.hipSpineSyndrome() != null && hss.suspected() == translated.hipSpineSyndrome().suspected()) {
            hss = new AssessmentResult.HipSpineSyndrome(hss.suspected(), translated.hipSpineSyndrome().rationale());
        }
        return new AssessmentResult(stored.modelVersion(), stored.contentRelease(), triage,
                differential(stored.differential(), translated.differential()), hss,
                questionnaires(stored.questionnaires(), translated.questionnaires()), stored.exercisePlan(),
                byPosition(stored.nextSteps(), translated.nextSteps(), AssessmentResult.NextStep::code,
                        (s, t) -> new AssessmentResult.NextStep(s.code(), t.text(), s.source())),
                // the model's warnings come first; the plan's follow and are left to the caller
                byPosition(stored.warnings(), translated.warnings(), AssessmentResult.Warning::code,
                        (s, t) -> new AssessmentResult.Warning(s.code(), t.text())),
                stored.setting(), stored.leadingCategory(), instruction(stored.patientInstruction(), language),
                stored.loadedExerciseSuppressed(), stored.suppressedSuggestions());
    }

    private static List<AssessmentResult.DifferentialEntry> differential(List<AssessmentResult.DifferentialEntry> stored,
            List<AssessmentResult.DifferentialEntry> translated) {
        if (stored == null || translated == null) {
            return stored;
        }
        return stored.stream().map(s -> translated.stream().filter(t -> Objects.equals(t.category(), s.category())).findFirst()
                .map(t -> new AssessmentResult.DifferentialEntry(s.category(), s.preTestProbability(), s.preTestSource(),
                        s.probability(), byPosition(s.contributions(), t.contributions(), AssessmentResult.Contribution::findingCode,
                        (sc, tc) -> new AssessmentResult.Contribution(sc.findingCode(), sc.likelihoodRatio(), sc.direction(),
                                sc.source(), sc.evidenceStatus(), tc.evidenceNote(), tc.findingName())),
                        s.conditionCodes(), t.categoryName()))
                .orElse(s)).toList();
    }

    /**
     * {@code result} with every differential entry and contribution named in {@code language}: a result stored before
     * they had names (issue 16) gets them from the clinical model's catalogue, the one source of these names.
     */
    public static AssessmentResult named(AssessmentResult result, String language) {
        if (result.differential() == null || result.differential().stream().allMatch(e -> e.categoryName() != null
                && (e.contributions() == null || e.contributions().stream().allMatch(c -> c.findingName() != null)))) {
            return result;
        }
        return new AssessmentResult(result.modelVersion(), result.contentRelease(), result.triage(),
                result.differential().stream().map(e -> named(e, language)).toList(),
                result.hipSpineSyndrome(), result.questionnaires(), result.exercisePlan(), result.nextSteps(), result.warnings(),
                result.setting(), result.leadingCategory(), result.patientInstruction(), result.loadedExerciseSuppressed(),
                result.suppressedSuggestions());
    }

    private static AssessmentResult.DifferentialEntry named(AssessmentResult.DifferentialEntry e, String language) {
        List<AssessmentResult.Contribution> contributions = e.contributions() == null ? null : e.contributions().stream()
                .map(c -> c.findingName() != null ? c : new AssessmentResult.Contribution(c.findingCode(), c.likelihoodRatio(),
                        c.direction(), c.source(), c.evidenceStatus(), c.evidenceNote(),
                        ClinicalModelMapping.findingName(c.findingCode(), language))).toList();
        return new AssessmentResult.DifferentialEntry(e.category(), e.preTestProbability(), e.preTestSource(), e.probability(),
                contributions, e.conditionCodes(),
                e.categoryName() != null ? e.categoryName() : ClinicalModelMapping.categoryName(e.category(), language));
    }

    private static AssessmentResult.QuestionnaireScores questionnaires(AssessmentResult.QuestionnaireScores stored,
            AssessmentResult.QuestionnaireScores translated) {
        if (stored == null || translated == null) {
            return stored;
        }
        return new AssessmentResult.QuestionnaireScores(stored.odi(), stored.startBack(), stored.nprs(), stored.hoos12(),
                byPosition(stored.notScored(), translated.notScored(), AssessmentResult.NotScored::measure,
                        (s, t) -> new AssessmentResult.NotScored(s.measure(), t.reason(), s.source())));
    }

    private static AssessmentResult.PatientInstruction instruction(AssessmentResult.PatientInstruction stored, String language) {
        if (stored == null || stored.translations() == null || stored.translations().get(language) == null) {
            return stored;
        }
        return new AssessmentResult.PatientInstruction(stored.level(), stored.code(), stored.translations().get(language),
                stored.translations());
    }

    /**
     * Each stored item merged with the translated item at the same position when both carry the same code; the
     * rest as stored. Codes may repeat (one warning per cluster), so position, not a lookup by code.
     */
    private static <T> List<T> byPosition(List<T> stored, List<T> translated, Function<T, String> code, BiFunction<T, T, T> merge) {
        if (stored == null || translated == null) {
            return stored;
        }
        List<T> out = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            T s = stored.get(i);
            T t = i < translated.size() ? translated.get(i) : null;
            out.add(t != null && Objects.equals(code.apply(s), code.apply(t)) ? merge.apply(s, t) : s);
        }
        return out;
    }
}
