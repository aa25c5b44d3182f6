package health.hipspine.model.triage;

import health.hipspine.model.AssessmentInput;
import health.hipspine.model.Finding;
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
            long matched = rule.criteria().stream().filter(c -> holds(c, input)).count();
            if (matched >= rule.required()) {
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

    private static boolean holds(RedFlagCriterion c, AssessmentInput input) {
        if (c.finding() != null) {
            for (Finding f : input.findings()) {
                if (c.finding().equals(f.code()) && Boolean.TRUE.equals(f.value())) {
                    return true;
                }
            }
            return false;
        }
        if (c.ageAbove() != null) {
            return input.age() > c.ageAbove();
        }
        return c.sex() != null && c.sex().equalsIgnoreCase(input.sex().wire());
    }
}
