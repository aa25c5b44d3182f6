package health.hipspine.model.triage;

import health.hipspine.model.AssessmentInput;
import health.hipspine.model.ModelResult;
import health.hipspine.model.catalogue.FindingCatalogue;
import health.hipspine.model.catalogue.RedFlagCriterion;
import health.hipspine.model.catalogue.RedFlagRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Red-flag triage: rules, not Bayesian inputs. A rule fires when enough of its criteria hold; the overall
 * level is the most severe rule that fired (MONITOR keeps it ROUTINE but is still listed).
 */
public final class RedFlagTriage {

    private final FindingCatalogue catalogue;

    public RedFlagTriage(FindingCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public ModelResult.Triage triage(AssessmentInput input, String language) {
        List<RedFlagRule> fired = new ArrayList<>();
        for (RedFlagRule rule : catalogue.redFlags()) {
            if (fires(rule, input)) {
                fired.add(rule);
            }
        }
        // most severe first; catalogue order within a level (stable sort)
        fired.sort(Comparator.comparing(RedFlagRule::level));
        TriageLevel level = fired.isEmpty() ? TriageLevel.ROUTINE : fired.get(0).level().triageLevel();
        List<ModelResult.TriageReason> reasons = fired.stream()
                .map(r -> new ModelResult.TriageReason(r.code(), r.text().in(language), r.source(), r.level(),
                        r.action().in(language), r.conditionCodes()))
                .toList();
        return new ModelResult.Triage(level, reasons, catalogue.triageAction(level).action().in(language));
    }

    /** The rule that decides the overall level: the first fired rule of the most severe level, or null. */
    public RedFlagRule deciding(AssessmentInput input) {
        RedFlagRule best = null;
        for (RedFlagRule rule : catalogue.redFlags()) {
            if (fires(rule, input) && rule.level() != ActionLevel.MONITOR
                    && (best == null || rule.level().compareTo(best.level()) < 0)) {
                best = rule;
            }
        }
        return best;
    }

    private static boolean fires(RedFlagRule rule, AssessmentInput input) {
        return rule.criteria().stream().filter(c -> holds(c, input)).count() >= rule.required();
    }

    private static boolean holds(RedFlagCriterion c, AssessmentInput input) {
        if (c.finding() != null) {
            return input.positive(c.finding());
        }
        if (c.anyOf() != null) {
            return c.anyOf().stream().filter(input::positive).count() >= c.required();
        }
        if (c.ageAbove() != null) {
            return input.age() > c.ageAbove();
        }
        if (c.ageBelow() != null) {
            return input.age() < c.ageBelow();
        }
        return c.sex() != null && c.sex().equalsIgnoreCase(input.sex().wire());
    }
}
