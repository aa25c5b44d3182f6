package health.hipspine.model;

import health.hipspine.model.differential.DifferentialCategory;
import health.hipspine.model.differential.Direction;
import health.hipspine.model.questionnaire.QuestionnaireScores;
import health.hipspine.model.triage.ActionLevel;
import health.hipspine.model.triage.TriageLevel;

import java.util.List;

/**
 * The scored result of one assessment. Field names mirror {@code health.hipspine.events.AssessmentResult}
 * so the assessment service maps it one to one (it adds the content release and the exercise plan).
 *
 * @param modelVersion              e.g. {@code hipspine-model 2026.11.0}
 * @param catalogueRelease          release of the bundled catalogue the numbers came from
 * @param language                  language of every text in this result ({@code en} or {@code es})
 * @param differential              all six categories, highest probability first
 * @param recommendedConditionCodes condition codes the exercise plan should be built for; empty when
 *                                  triage is EMERGENCY or the findings do not point anywhere
 */
public record ModelResult(
        String modelVersion,
        String catalogueRelease,
        String language,
        Triage triage,
        List<DifferentialEntry> differential,
        HipSpineSyndrome hipSpineSyndrome,
        QuestionnaireScores questionnaires,
        List<String> recommendedConditionCodes,
        List<NextStep> nextSteps,
        List<Warning> warnings) {

    public ModelResult {
        differential = List.copyOf(differential);
        recommendedConditionCodes = List.copyOf(recommendedConditionCodes);
        nextSteps = List.copyOf(nextSteps);
        warnings = List.copyOf(warnings);
    }

    /** The entry of one category. */
    public DifferentialEntry entry(DifferentialCategory category) {
        return differential.stream().filter(e -> e.category() == category).findFirst().orElseThrow();
    }

    /** True when a warning with this code is present. */
    public boolean hasWarning(String code) {
        return warnings.stream().anyMatch(w -> w.code().equals(code));
    }

    /** True when a next step with this code is present. */
    public boolean hasNextStep(String code) {
        return nextSteps.stream().anyMatch(s -> s.code().equals(code));
    }

    /** Red-flag triage: the most severe level reached, every rule that fired, and what to do. */
    public record Triage(TriageLevel level, List<TriageReason> reasons, String action) {
        public Triage {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * One red-flag rule that fired.
     *
     * @param code        the rule code (a {@code redflag.*} finding code or a combination rule)
     * @param actionLevel EMERGENCY, URGENT or MONITOR
     * @param action      what this rule asks the clinician to do
     * @param conditionCodes the serious conditions the rule screens for
     */
    public record TriageReason(String code, String text, String source, ActionLevel actionLevel, String action,
                               List<String> conditionCodes) {
        public TriageReason {
            conditionCodes = List.copyOf(conditionCodes);
        }
    }

    /** One category of the differential, its prior with its source, the posterior and every LR applied. */
    public record DifferentialEntry(
            DifferentialCategory category,
            double preTestProbability,
            String preTestSource,
            double probability,
            List<Contribution> contributions,
            List<String> conditionCodes) {
        public DifferentialEntry {
            contributions = List.copyOf(contributions);
            conditionCodes = List.copyOf(conditionCodes);
        }
    }

    /**
     * One likelihood ratio applied to a category.
     *
     * @param findingCode    a finding code, a cluster code (e.g. {@code cluster.cook-lss}) or {@code age}
     * @param evidenceStatus V, S or C as in the evidence file (U is never applied)
     * @param evidenceNote   which row was used and where the evidence is weak
     */
    public record Contribution(
            String findingCode,
            double likelihoodRatio,
            Direction direction,
            String source,
            String evidenceStatus,
            String evidenceNote) {
    }

    public record HipSpineSyndrome(boolean suspected, String rationale) {
    }

    public record NextStep(String code, String text, String source) {
    }

    public record Warning(String code, String text) {
    }
}
