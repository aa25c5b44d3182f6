package health.hipspine.model.catalogue;

import java.util.List;

/**
 * One condition of a red-flag rule. Exactly one kind is set: a finding recorded positive (true); at least
 * {@code atLeast} (default 1) of the findings in {@code anyOf} recorded positive; an age above
 * {@code ageAbove} or below {@code ageBelow}; or a sex.
 */
public record RedFlagCriterion(String finding, Integer ageAbove, String sex, List<String> anyOf, Integer atLeast,
                               Integer ageBelow) {

    public RedFlagCriterion {
        anyOf = anyOf == null ? null : List.copyOf(anyOf);
    }

    public RedFlagCriterion(String finding, Integer ageAbove, String sex) {
        this(finding, ageAbove, sex, null, null, null);
    }

    /** How many of {@link #anyOf} must be positive. */
    public int required() {
        return atLeast == null ? 1 : atLeast;
    }
}
