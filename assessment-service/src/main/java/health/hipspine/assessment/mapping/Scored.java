package health.hipspine.assessment.mapping;

import health.hipspine.events.AssessmentResult;

import java.util.List;

/**
 * What the clinical model concluded, in the event contract's types, before the content catalogue adds
 * the exercise plan.
 *
 * @param recommendedConditionCodes conditions whose exercises fit (from the likely categories)
 * @param likelyConditionCodes      conditions the patient may have: their exercisesToAvoid are excluded
 * @param loadedExerciseSuppressed  no loaded exercise may be planned (URGENT/EMERGENCY triage, or a child)
 */
public record Scored(
        String modelVersion,
        AssessmentResult.Triage triage,
        List<AssessmentResult.DifferentialEntry> differential,
        AssessmentResult.HipSpineSyndrome hipSpineSyndrome,
        AssessmentResult.QuestionnaireScores questionnaires,
        List<AssessmentResult.NextStep> nextSteps,
        List<AssessmentResult.Warning> warnings,
        List<String> recommendedConditionCodes,
        List<String> likelyConditionCodes,
        String setting,
        String leadingCategory,
        AssessmentResult.PatientInstruction patientInstruction,
        boolean loadedExerciseSuppressed,
        List<String> suppressedSuggestions) {
}
