package health.hipspine.assessment.scoring;

import health.hipspine.assessment.problem.Problems.Violation;
import health.hipspine.assessment.submission.ValidSubmission;
import health.hipspine.events.AssessmentResult;
import health.hipspine.events.QuestionnaireAnswers;
import health.hipspine.events.SubmittedFinding;
import health.hipspine.model.AssessmentInput;
import health.hipspine.model.ClinicalModel;
import health.hipspine.model.Finding;
import health.hipspine.model.ModelResult;
import health.hipspine.model.Questionnaires;
import health.hipspine.model.RawFinding;
import health.hipspine.model.Sex;
import health.hipspine.model.Side;
import health.hipspine.model.catalogue.QuestionnaireRules;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The only class that talks to the clinical model (common/clinical-model): the catalogue's rules
 * for findings, age and questionnaires, scoring, and the minimal important changes. Every number
 * comes from the model; nothing clinical is decided here.
 */
@ApplicationScoped
public class ClinicalScoring {

    public record MinimalImportantChange(double points, String source) {
    }

    private final ClinicalModel model = ClinicalModel.standard();

    public String modelVersion() {
        return model.version();
    }

    /**
     * The model's violations of findings, age and questionnaires, with paths as submitted. Messages that
     * would echo a submitted string (unknown code, invalid side) are replaced: problems are logged.
     */
    public List<Violation> check(int age, String sex, List<SubmittedFinding> findings, QuestionnaireAnswers questionnaires) {
        List<RawFinding> raw = findings.stream().map(f -> new RawFinding(f.code(), f.value(), f.side())).toList();
        List<health.hipspine.model.catalogue.Violation> violations = new java.util.ArrayList<>(model.catalogue().validateRaw(raw));
        violations.addAll(model.validate(new AssessmentInput(age, Sex.fromWire(sex), List.of(), questionnaires(questionnaires))));
        return violations.stream().map(v -> new Violation(v.path(), switch (v.kind()) {
            case UNKNOWN_CODE -> "is not a code of the finding catalogue " + model.catalogue().release();
            case INVALID_SIDE -> "must be left, right or bilateral";
            default -> v.message();
        })).toList();
    }

    public Scored score(ValidSubmission s) {
        List<Finding> findings = s.findings().stream()
                .map(f -> new Finding(f.code(), f.value(), Side.fromWire(f.side()))).toList();
        ModelResult r = model.assess(new AssessmentInput(s.age(), Sex.fromWire(s.sex()), findings, questionnaires(s.questionnaires())));

        var triage = new AssessmentResult.Triage(r.triage().level().name(),
                r.triage().reasons().stream().map(x -> new AssessmentResult.TriageReason(x.code(), x.text(), x.source())).toList(),
                r.triage().action());
        var differential = r.differential().stream().map(e -> new AssessmentResult.DifferentialEntry(e.category().name(),
                e.preTestProbability(), e.preTestSource(), e.probability(),
                e.contributions().stream().map(c -> new AssessmentResult.Contribution(c.findingCode(), c.likelihoodRatio(),
                        c.direction().name(), c.source(), c.evidenceStatus(), c.evidenceNote())).toList(),
                e.conditionCodes())).toList();
        var q = r.questionnaires();
        var scores = q == null ? null : new AssessmentResult.QuestionnaireScores(
                q.odi() == null ? null : new AssessmentResult.Odi(q.odi().percent(), q.odi().band().name(), q.odi().sectionsAnswered()),
                q.startBack() == null ? null : new AssessmentResult.StartBack(q.startBack().total(),
                        q.startBack().psychosocialSubscale(), q.startBack().riskGroup().name()),
                q.nprs());
        // conditions whose "exercises to avoid" must be respected: those the plan is built for and
        // the serious conditions a fired red-flag rule screens for
        Set<String> likely = new LinkedHashSet<>(r.recommendedConditionCodes());
        r.triage().reasons().forEach(reason -> likely.addAll(reason.conditionCodes()));
        return new Scored(r.modelVersion(), triage, differential,
                new AssessmentResult.HipSpineSyndrome(r.hipSpineSyndrome().suspected(), r.hipSpineSyndrome().rationale()),
                scores,
                r.nextSteps().stream().map(n -> new AssessmentResult.NextStep(n.code(), n.text(), n.source())).toList(),
                r.warnings().stream().map(w -> new AssessmentResult.Warning(w.code(), w.text())).toList(),
                r.recommendedConditionCodes(), List.copyOf(likely));
    }

    /** ODI and NPRS from the catalogue; none for STarT Back (no established value). */
    public Optional<MinimalImportantChange> minimalImportantChange(String measure) {
        QuestionnaireRules rules = model.catalogue().questionnaireRules();
        return switch (measure) {
            case "ODI" -> Optional.of(new MinimalImportantChange(rules.odi().minimalImportantChange(), rules.odi().micSource()));
            case "NPRS" -> Optional.of(new MinimalImportantChange(rules.nprs().minimalImportantChange(), rules.nprs().micSource()));
            default -> Optional.empty();
        };
    }

    private static Questionnaires questionnaires(QuestionnaireAnswers q) {
        return q == null ? Questionnaires.NONE : new Questionnaires(q.odi(), q.startBack(), q.nprs());
    }
}
