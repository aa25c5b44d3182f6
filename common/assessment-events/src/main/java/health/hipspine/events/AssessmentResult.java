package health.hipspine.events;

import java.util.List;
import java.util.Map;

/**
 * The scored result, identical in the REST response and the event. Fields after {@code warnings} came with
 * model 2026.12; an event from an older producer lacks them (null, or false), and a reader treats a missing
 * {@code leadingCategory} as "no clear source".
 *
 * @param setting                  {@code primary-care} or {@code specialist}: whose prevalences were the pre-test
 *                                 probabilities
 * @param leadingCategory          the category the findings raised; null = no clear source (never the first
 *                                 entry by default)
 * @param patientInstruction       where the patient should go and how fast, in plain words
 * @param loadedExerciseSuppressed true when no loaded exercise may be planned (URGENT or EMERGENCY triage, or a
 *                                 child or adolescent)
 * @param suppressedSuggestions    codes of suggestions held back for safety, e.g. {@code next.diagnostic-hip-injection}
 */
public record AssessmentResult(
        String modelVersion,
        String contentRelease,
        Triage triage,
        List<DifferentialEntry> differential,
        HipSpineSyndrome hipSpineSyndrome,
        QuestionnaireScores questionnaires,
        ExercisePlan exercisePlan,
        List<NextStep> nextSteps,
        List<Warning> warnings,
        String setting,
        String leadingCategory,
        PatientInstruction patientInstruction,
        boolean loadedExerciseSuppressed,
        List<String> suppressedSuggestions) {

    /** The 2026.11 shape: no setting, no clear source, no patient instruction, nothing held back. */
    public AssessmentResult(String modelVersion, String contentRelease, Triage triage, List<DifferentialEntry> differential,
            HipSpineSyndrome hipSpineSyndrome, QuestionnaireScores questionnaires, ExercisePlan exercisePlan,
            List<NextStep> nextSteps, List<Warning> warnings) {
        this(modelVersion, contentRelease, triage, differential, hipSpineSyndrome, questionnaires, exercisePlan, nextSteps,
                warnings, null, null, null, false, List.of());
    }

    /** {@code level}: EMERGENCY, URGENT or ROUTINE. */
    public record Triage(String level, List<TriageReason> reasons, String action) {
    }

    public record TriageReason(String code, String text, String source) {
    }

    /**
     * One pain-source category. {@code category} is one of HIP_INTRA_ARTICULAR, HIP_LATERAL,
     * LUMBAR_RADICULAR, LUMBAR_STENOSIS, SACROILIAC, LUMBAR_NONSPECIFIC. Since issue 16 (optional, absent from
     * older events): {@code categoryName}, what a clinician calls it, in the result's language (the clinical
     * model's catalogue), e.g. "Hip joint (intra-articular)".
     */
    public record DifferentialEntry(
            String category,
            double preTestProbability,
            String preTestSource,
            double probability,
            List<Contribution> contributions,
            List<String> conditionCodes,
            String categoryName) {

        /** The shape before issue 16: no name. */
        public DifferentialEntry(String category, double preTestProbability, String preTestSource, double probability,
                List<Contribution> contributions, List<String> conditionCodes) {
            this(category, preTestProbability, preTestSource, probability, contributions, conditionCodes, null);
        }

        /** This entry named {@code name}. */
        public DifferentialEntry named(String name) {
            return new DifferentialEntry(category, preTestProbability, preTestSource, probability, contributions,
                    conditionCodes, name);
        }
    }

    /**
     * One likelihood ratio applied. {@code direction}: INCREASES or DECREASES.
     * {@code evidenceStatus}: V, S, C or U as in the evidence file; {@code evidenceNote} says where it is weak.
     * Since issue 16 (optional, absent from older events): {@code findingName}, what a clinician calls the finding,
     * cluster or age band in the result's language (the clinical model's catalogue), e.g. "Groin pain".
     */
    public record Contribution(
            String findingCode,
            double likelihoodRatio,
            String direction,
            String source,
            String evidenceStatus,
            String evidenceNote,
            String findingName) {

        /** The shape before issue 16: no name. */
        public Contribution(String findingCode, double likelihoodRatio, String direction, String source,
                String evidenceStatus, String evidenceNote) {
            this(findingCode, likelihoodRatio, direction, source, evidenceStatus, evidenceNote, null);
        }
    }

    public record HipSpineSyndrome(boolean suspected, String rationale) {
    }

    /**
     * Since issue 11 also {@code hoos12} and {@code notScored} (each submitted questionnaire or scale that
     * was not scored, with the reason); both absent (null) in earlier results.
     */
    public record QuestionnaireScores(Odi odi, StartBack startBack, Integer nprs, Hoos12 hoos12, List<NotScored> notScored) {

        /** The shape before issue 11. */
        public QuestionnaireScores(Odi odi, StartBack startBack, Integer nprs) {
            this(odi, startBack, nprs, null, null);
        }
    }

    /**
     * HOOS-12 (Gandek 2019): Pain, Function and Quality of life 0-100 (100 = no problems), null when fewer than
     * half a scale's items were answered; {@code summary} is the mean of the three, whose rule is not confirmed
     * for HOOS-12 ({@code summaryStatus} U, {@code summaryNote} says why).
     */
    public record Hoos12(Double pain, Double function, Double qualityOfLife, Double summary, String summaryStatus,
            String summaryNote, int itemsAnswered, String source) {
    }

    /** {@code measure}: ODI, STARTBACK, HOOS12, HOOS12_PAIN, HOOS12_FUNCTION or HOOS12_QOL. */
    public record NotScored(String measure, String reason, String source) {
    }

    /** Oswestry: percent 0-100 and its band (Fairbank 2000). */
    public record Odi(double percent, String band, int sectionsAnswered) {
    }

    /** STarT Back: total 0-9, psychosocial subscale 0-5, risk group LOW, MEDIUM or HIGH (Hill 2008). */
    public record StartBack(int total, int psychosocialSubscale, String riskGroup) {
    }

    /** {@code complete} is false when the content catalogue could not be reached; {@code note} says why. */
    public record ExercisePlan(boolean complete, String note, List<ExercisePlanItem> items) {
    }

    /**
     * One exercise of the plan. {@code why} is the clinical reason with its citation (author or body, year).
     * Since 2026.12 (optional, absent from older events): {@code phase} (mobility, strength or function),
     * {@code conditionCode} the likely source it serves, {@code source} the citation alone, {@code watch} what to
     * watch for in the patient's likely conditions, and {@code adaptedFrom} the exercise it replaces when an easier
     * (regression) or harder (progression) version was chosen for this patient.
     */
    public record ExercisePlanItem(String exerciseCode, String name, String dosage, String why, String phase,
                                   String conditionCode, String source, List<ExerciseWatch> watch, String adaptedFrom) {

        public ExercisePlanItem {
            watch = watch == null ? List.of() : List.copyOf(watch);
        }

        /** The 2026.11 shape. */
        public ExercisePlanItem(String exerciseCode, String name, String dosage, String why) {
            this(exerciseCode, name, dosage, why, null, null, null, List.of(), null);
        }
    }

    /** A likely condition in which the exercise must be done differently, and how. */
    public record ExerciseWatch(String conditionCode, String text) {
    }

    public record NextStep(String code, String text, String source) {
    }

    public record Warning(String code, String text) {
    }

    /**
     * What the patient is told: {@code level} EMERGENCY, URGENT or ROUTINE; {@code text} in the result's language;
     * {@code translations} by language (en, es) for a handout in another language.
     */
    public record PatientInstruction(String level, String code, String text, Map<String, String> translations) {
    }
}
