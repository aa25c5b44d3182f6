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
 * @param modelVersion              e.g. {@code hipspine-model 2026.12.0}
 * @param catalogueRelease          release of the bundled catalogue the numbers came from
 * @param language                  language of every text in this result ({@code en} or {@code es})
 * @param differential              all six categories, highest probability first
 * @param differential              all six categories: the leading one first when there is one, then highest
 *                                  probability first
 * @param recommendedConditionCodes condition codes the exercise plan should be built for; empty when triage is
 *                                  EMERGENCY or URGENT, for children and adolescents, or when no source leads
 * @param setting                   the setting whose prevalences were used as pre-test probabilities
 * @param leadingCategory           the category the findings raised most; non-specific low back pain when back
 *                                  pain is recorded and nothing specific was raised; null = no clear source
 * @param patientInstruction        plain words for the patient: where to go and how fast (always set; the
 *                                  ROUTINE text is the safety net)
 * @param loadedExerciseSuppressed  true when no loaded or progressive exercise may be planned (triage URGENT or
 *                                  EMERGENCY, or a child or adolescent)
 * @param suppressedSuggestions     codes of suggestions held back for safety, e.g. {@code next.diagnostic-hip-injection}
 *                                  or {@code exercise.loaded-plan}
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
        List<Warning> warnings,
        Setting setting,
        DifferentialCategory leadingCategory,
        PatientInstruction patientInstruction,
        boolean loadedExerciseSuppressed,
        List<String> suppressedSuggestions) {

    /** The code of the suppressed loaded exercise plan in {@link #suppressedSuggestions}. */
    public static final String LOADED_EXERCISE = "exercise.loaded-plan";

    public ModelResult {
        differential = List.copyOf(differential);
        recommendedConditionCodes = List.copyOf(recommendedConditionCodes);
        nextSteps = List.copyOf(nextSteps);
        warnings = List.copyOf(warnings);
        setting = setting == null ? Setting.PRIMARY_CARE : setting;
        suppressedSuggestions = suppressedSuggestions == null ? List.of() : List.copyOf(suppressedSuggestions);
    }

    /** The 2026.11 shape: primary care, leader = first entry, no patient instruction, nothing suppressed. */
    public ModelResult(String modelVersion, String catalogueRelease, String language, Triage triage,
                       List<DifferentialEntry> differential, HipSpineSyndrome hipSpineSyndrome,
                       QuestionnaireScores questionnaires, List<String> recommendedConditionCodes,
                       List<NextStep> nextSteps, List<Warning> warnings) {
        this(modelVersion, catalogueRelease, language, triage, differential, hipSpineSyndrome, questionnaires,
                recommendedConditionCodes, nextSteps, warnings, Setting.PRIMARY_CARE,
                differential.isEmpty() ? null : differential.get(0).category(), null, false, List.of());
    }

    /** The leading category, empty when no source is clearly supported ("no clear source"). */
    public java.util.Optional<DifferentialCategory> leading() {
        return java.util.Optional.ofNullable(leadingCategory);
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

    /**
     * One category of the differential, its prior with its source, the posterior and every LR applied.
     *
     * @param likely true when the probability is at or above the "likely" line and findings other than age
     *               shifted the odds enough (see docs/clinical-model.md)
     */
    public record DifferentialEntry(
            DifferentialCategory category,
            double preTestProbability,
            String preTestSource,
            double probability,
            List<Contribution> contributions,
            List<String> conditionCodes,
            boolean likely) {
        public DifferentialEntry {
            contributions = List.copyOf(contributions);
            conditionCodes = List.copyOf(conditionCodes);
        }

        public DifferentialEntry(DifferentialCategory category, double preTestProbability, String preTestSource,
                                 double probability, List<Contribution> contributions, List<String> conditionCodes) {
            this(category, preTestProbability, preTestSource, probability, contributions, conditionCodes, false);
        }

        /** A copy with {@link #likely} set. */
        public DifferentialEntry withLikely(boolean isLikely) {
            return new DifferentialEntry(category, preTestProbability, preTestSource, probability, contributions,
                    conditionCodes, isLikely);
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

    /**
     * What the patient is told in plain words: where to go and how fast.
     *
     * @param code         {@code patient.emergency}, {@code patient.urgent}, {@code patient.routine}, or the red-flag
     *                     rule whose own advice was used
     * @param text         in the result's language
     * @param translations every language the catalogue has (en, es), for a handout in another language
     */
    public record PatientInstruction(TriageLevel level, String code, String text, java.util.Map<String, String> translations) {
        public PatientInstruction {
            translations = translations == null ? java.util.Map.of() : java.util.Map.copyOf(translations);
        }
    }

    public record NextStep(String code, String text, String source) {
    }

    public record Warning(String code, String text) {
    }
}
