package health.hipspine.assessment.mapping;

import health.hipspine.events.AssessmentResult;
import health.hipspine.events.Progress;
import health.hipspine.events.QuestionnaireAnswers;
import health.hipspine.events.SubmittedFinding;
import health.hipspine.model.AssessmentInput;
import health.hipspine.model.ClinicalModel;
import health.hipspine.model.Finding;
import health.hipspine.model.ModelResult;
import health.hipspine.model.Questionnaires;
import health.hipspine.model.RawFinding;
import health.hipspine.model.Setting;
import health.hipspine.model.Sex;
import health.hipspine.model.Side;
import health.hipspine.model.differential.DifferentialCategory;
import health.hipspine.model.progress.ChangeJudgement;
import health.hipspine.model.progress.ChangeWithoutMic;
import health.hipspine.model.questionnaire.Hoos12Score;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place where the clinical model's types meet the event contract's (common/assessment-events):
 * model input from a submission, model result to {@link Scored}, a model change judgement to a
 * {@link Progress.MeasureChange}. Field-for-field copies only; nothing clinical is decided here.
 */
public final class ClinicalModelMapping {

    private ClinicalModelMapping() {
    }

    public static List<RawFinding> rawFindings(List<SubmittedFinding> findings) {
        return findings.stream().map(f -> new RawFinding(f.code(), f.value(), f.side())).toList();
    }

    public static AssessmentInput input(int age, String sex, List<SubmittedFinding> findings, QuestionnaireAnswers questionnaires,
            String setting) {
        List<Finding> typed = findings.stream().map(f -> new Finding(f.code(), f.value(), Side.fromWire(f.side()))).toList();
        return new AssessmentInput(age, Sex.fromWire(sex), typed, questionnaires(questionnaires), Setting.fromWire(setting));
    }

    /** Input for validation only: the findings are checked raw (see {@link #rawFindings}). */
    public static AssessmentInput inputWithoutFindings(int age, String sex, QuestionnaireAnswers questionnaires) {
        return new AssessmentInput(age, Sex.fromWire(sex), List.of(), questionnaires(questionnaires));
    }

    /**
     * A differential category's name in {@code language} (en, es) from the clinical model's catalogue, the one
     * source of category names; null for a code the catalogue does not know.
     */
    public static String categoryName(String category, String language) {
        if (category == null) {
            return null;
        }
        try {
            return ClinicalModel.standard().catalogue().category(DifferentialCategory.valueOf(category)).name().in(language);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A finding's (or cluster's) name in {@code language} from the clinical model's catalogue; the code when unknown. */
    public static String findingName(String code, String language) {
        return ClinicalModel.standard().catalogue().label(code, language);
    }

    /** The entry's name: as the result carries it, else from the catalogue (a result stored before names), else its code. */
    public static String categoryName(AssessmentResult.DifferentialEntry entry, String language) {
        String name = entry.categoryName() != null ? entry.categoryName() : categoryName(entry.category(), language);
        return name == null ? entry.category() : name;
    }

    public static Scored scored(ModelResult r) {
        var triage = new AssessmentResult.Triage(r.triage().level().name(),
                r.triage().reasons().stream().map(x -> new AssessmentResult.TriageReason(x.code(), x.text(), x.source())).toList(),
                r.triage().action());
        var differential = r.differential().stream().map(e -> new AssessmentResult.DifferentialEntry(e.category().name(),
                e.preTestProbability(), e.preTestSource(), e.probability(),
                e.contributions().stream().map(c -> new AssessmentResult.Contribution(c.findingCode(), c.likelihoodRatio(),
                        c.direction().name(), c.source(), c.evidenceStatus(), c.evidenceNote(),
                        findingName(c.findingCode(), r.language()))).toList(),
                e.conditionCodes(), categoryName(e.category().name(), r.language()))).toList();
        var q = r.questionnaires();
        var scores = q == null ? null : new AssessmentResult.QuestionnaireScores(
                q.odi() == null ? null : new AssessmentResult.Odi(q.odi().percent(), q.odi().band().name(), q.odi().sectionsAnswered()),
                q.startBack() == null ? null : new AssessmentResult.StartBack(q.startBack().total(),
                        q.startBack().psychosocialSubscale(), q.startBack().riskGroup().name()),
                q.nprs(), hoos12(q.hoos12()),
                q.notScored().stream().map(n -> new AssessmentResult.NotScored(n.measure(), n.reason(), n.source())).toList());
        // conditions whose "exercises to avoid" must be respected: those the plan is built for and
        // the serious conditions a fired red-flag rule screens for
        Set<String> likely = new LinkedHashSet<>(r.recommendedConditionCodes());
        r.triage().reasons().forEach(reason -> likely.addAll(reason.conditionCodes()));
        return new Scored(r.modelVersion(), triage, differential,
                new AssessmentResult.HipSpineSyndrome(r.hipSpineSyndrome().suspected(), r.hipSpineSyndrome().rationale()),
                scores,
                r.nextSteps().stream().map(n -> new AssessmentResult.NextStep(n.code(), n.text(), n.source())).toList(),
                r.warnings().stream().map(w -> new AssessmentResult.Warning(w.code(), w.text())).toList(),
                r.recommendedConditionCodes(), List.copyOf(likely),
                r.setting().wire(), r.leading().map(Enum::name).orElse(null), patientInstruction(r.patientInstruction()),
                r.loadedExerciseSuppressed(), r.suppressedSuggestions());
    }

    private static AssessmentResult.PatientInstruction patientInstruction(ModelResult.PatientInstruction i) {
        return i == null ? null : new AssessmentResult.PatientInstruction(i.level().name(), i.code(), i.text(), i.translations());
    }

    private static AssessmentResult.Hoos12 hoos12(Hoos12Score h) {
        return h == null ? null : new AssessmentResult.Hoos12(h.pain(), h.function(), h.qualityOfLife(), h.summary(),
                h.summaryStatus(), h.summaryNote(), h.itemsAnswered(), h.source());
    }

    public static Progress.MeasureChange measureChange(ChangeJudgement j) {
        return new Progress.MeasureChange(j.measure().name(), j.previous(), j.current(), j.change(), j.minimalImportantChange(),
                j.source(), j.interpretation().name(), j.percentChange(), j.minimalImportantPercent(), j.rule());
    }

    public static Progress.ChangeWithoutMic changeWithoutMic(ChangeWithoutMic c) {
        return new Progress.ChangeWithoutMic(c.measure().name(), c.previous(), c.current(), c.change(), c.threshold(),
                c.thresholdKind(), c.source(), c.evidenceStatus(), c.interpretation().name(), c.note());
    }

    private static Questionnaires questionnaires(QuestionnaireAnswers q) {
        return q == null ? Questionnaires.NONE : new Questionnaires(q.odi(), q.startBack(), q.nprs(), q.hoos12());
    }
}
