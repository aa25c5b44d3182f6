package health.hipspine.model.catalogue;

import health.hipspine.model.differential.DifferentialCategory;

import java.util.List;

/**
 * A differential category: its condition codes (fixed mapping) and its priors with sources.
 *
 * @param preTest       the fallback prior when no published row matches: the labelled even-odds convention,
 *                      or for the residual category a description of how its probability is derived
 * @param priors        published prevalences by setting and presentation, first match wins
 * @param requiresAnyOf the evidence for this category applies only when one of these findings is positive
 *                      (lumbar evidence needs back or leg symptoms); empty = always
 * @param residual      true for non-specific low back pain: 1 minus the chance of a specific spinal source
 * @param conditionNote why a condition is (or is not) mapped to this category; null when nothing needs saying
 */
public record CategoryDefinition(
        DifferentialCategory code,
        int version,
        LocalizedText name,
        List<String> conditionCodes,
        PreTestProbability preTest,
        List<PriorRow> priors,
        List<String> requiresAnyOf,
        boolean residual,
        LocalizedText conditionNote) {

    public CategoryDefinition {
        conditionCodes = List.copyOf(conditionCodes);
        priors = priors == null ? List.of() : List.copyOf(priors);
        requiresAnyOf = requiresAnyOf == null ? List.of() : List.copyOf(requiresAnyOf);
    }
}
