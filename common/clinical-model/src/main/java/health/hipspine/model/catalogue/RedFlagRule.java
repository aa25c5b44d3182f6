package health.hipspine.model.catalogue;

import health.hipspine.model.triage.ActionLevel;

import java.util.List;

/**
 * A triage rule: fires when at least {@code minimumMatched} of its criteria hold (all of them when null).
 * Red flags are triage rules, never Bayesian inputs.
 *
 * @param code           a {@code redflag.*} finding code for single-flag rules, {@code triage.*} for combinations
 * @param kind           SINGLE or COMBINATION
 * @param conditionCodes serious conditions screened for (e.g. cauda-equina-syndrome)
 * @param evidence       what the evidence says about this flag (e.g. Downie 2013 post-test probabilities)
 * @param patientAdvice  plain words for the patient (where to go, how fast) when this rule decides the triage;
 *                       null = the level's default
 */
public record RedFlagRule(
        String code,
        int version,
        String kind,
        List<RedFlagCriterion> criteria,
        Integer minimumMatched,
        ActionLevel level,
        LocalizedText name,
        LocalizedText text,
        LocalizedText action,
        List<String> conditionCodes,
        String source,
        String evidenceStatus,
        LocalizedText evidence,
        LocalizedText patientAdvice) {

    public RedFlagRule {
        criteria = List.copyOf(criteria);
        conditionCodes = List.copyOf(conditionCodes);
    }

    public int required() {
        return minimumMatched == null ? criteria.size() : minimumMatched;
    }
}
