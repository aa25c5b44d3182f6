package health.hipspine.model.catalogue;

/**
 * One condition of a red-flag rule. Exactly one of the three is set: a finding recorded positive
 * (true), an age above a limit, or a sex.
 */
public record RedFlagCriterion(String finding, Integer ageAbove, String sex) {
}
