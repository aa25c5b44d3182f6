package health.hipspine.model.catalogue;

import health.hipspine.model.differential.DifferentialCategory;

import java.util.List;

/** A differential category: its condition codes (fixed mapping) and its prior with source. */
public record CategoryDefinition(
        DifferentialCategory code,
        int version,
        LocalizedText name,
        List<String> conditionCodes,
        PreTestProbability preTest) {

    public CategoryDefinition {
        conditionCodes = List.copyOf(conditionCodes);
    }
}
