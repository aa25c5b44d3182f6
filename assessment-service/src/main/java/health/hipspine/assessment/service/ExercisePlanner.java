package health.hipspine.assessment.service;

import health.hipspine.assessment.client.ContentCatalogue;
import health.hipspine.contract.content.ConditionView;
import health.hipspine.contract.content.ExerciseView;
import health.hipspine.events.AssessmentResult.ExercisePlan;
import health.hipspine.events.AssessmentResult.ExercisePlanItem;
import health.hipspine.events.AssessmentResult.Warning;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the exercise plan from the content catalogue: the exercises serving the recommended
 * conditions, minus any a likely condition lists under {@code exercisesToAvoid} or that name a likely
 * condition among their contraindications. When the catalogue cannot be reached the scoring still
 * stands; the plan says it is incomplete and a warning tells the clinician.
 */
@ApplicationScoped
public class ExercisePlanner {

    private static final Logger LOG = Logger.getLogger(ExercisePlanner.class);
    static final int MAX_ITEMS = 8;
    public static final String UNAVAILABLE = "unavailable";
    public static final String HELD_BACK = "Exercise plan held back for safety: the triage (or the patient's age) calls for a "
            + "medical assessment first; see the triage action";
    public static final Warning CONTENT_UNAVAILABLE = new Warning("content-unavailable",
            "The exercise catalogue could not be reached: the exercise plan is incomplete. Scoring is unaffected.");

    private final ContentCatalogue catalogue;

    public ExercisePlanner(ContentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public record Planned(String contentRelease, ExercisePlan plan, List<Warning> warnings) {
    }

    /**
     * No plan at all: the model holds loaded exercise back (URGENT or EMERGENCY triage, or a child or
     * adolescent) until a doctor has seen the patient; the triage action and the patient instruction say why.
     */
    public Planned heldBack(String authorization) {
        return new Planned(release(authorization), new ExercisePlan(true, HELD_BACK, List.of()), List.of());
    }

    public Planned plan(List<String> recommendedConditionCodes, List<String> likelyConditionCodes, String authorization) {
        String release = release(authorization);
        try {
            Set<String> avoid = new HashSet<>();
            for (String likely : likelyConditionCodes) {
                catalogue.condition(likely, authorization).map(ConditionView::exercisesToAvoid).ifPresent(avoid::addAll);
            }
            Set<String> likely = Set.copyOf(likelyConditionCodes);
            Map<String, ExercisePlanItem> items = new LinkedHashMap<>();
            for (String conditionCode : recommendedConditionCodes) {
                for (ExerciseView exercise : catalogue.exercisesFor(conditionCode, authorization).items()) {
                    String code = exercise.code();
                    if (code == null || items.containsKey(code) || avoid.contains(code)
                            || exercise.retired() || contraindicated(exercise, likely)) {
                        continue;
                    }
                    String name = exercise.name() == null ? code : exercise.name();
                    items.put(code, new ExercisePlanItem(code, name, dosage(exercise.dosage()),
                            "Serves " + conditionCode + ", a likely source of this pain"));
                    if (items.size() == MAX_ITEMS) {
                        break;
                    }
                }
                if (items.size() == MAX_ITEMS) {
                    break;
                }
            }
            String note = recommendedConditionCodes.isEmpty()
                    ? "No pain source is likely enough to recommend exercises; clinical judgement decides"
                    : "Exercises for " + String.join(", ", recommendedConditionCodes)
                            + "; excluded: those a likely condition lists to avoid or that are contraindicated";
            return new Planned(release, new ExercisePlan(true, note, List.copyOf(items.values())), List.of());
        } catch (RuntimeException e) {
            LOG.warnf("exercise catalogue unavailable: %s", e.getClass().getSimpleName());
            return new Planned(release,
                    new ExercisePlan(false, "The exercise catalogue could not be reached; no exercises were selected", List.of()),
                    List.of(CONTENT_UNAVAILABLE));
        }
    }

    private String release(String authorization) {
        try {
            return catalogue.release(authorization);
        } catch (RuntimeException e) {
            LOG.warnf("content release unavailable: %s", e.getClass().getSimpleName());
            return UNAVAILABLE;
        }
    }

    private static boolean contraindicated(ExerciseView exercise, Set<String> likelyConditions) {
        for (ExerciseView.Contraindication contraindication : exercise.contraindications()) {
            if (contraindication != null && contraindication.conditionCode() != null
                    && likelyConditions.contains(contraindication.conditionCode())) {
                return true;
            }
        }
        return false;
    }

    private static String dosage(ExerciseView.Dosage dosage) {
        if (dosage == null) {
            return "as prescribed by the therapist";
        }
        if (dosage.text() != null) {
            return dosage.text();
        }
        List<String> parts = new ArrayList<>();
        if (dosage.sets() != null) {
            parts.add(dosage.sets() + " sets");
        }
        if (dosage.reps() != null) {
            parts.add(dosage.reps() + " reps");
        }
        if (dosage.holdSeconds() != null) {
            parts.add("hold " + dosage.holdSeconds() + " s");
        }
        if (dosage.frequency() != null) {
            parts.add(dosage.frequency());
        }
        return parts.isEmpty() ? "as prescribed by the therapist" : String.join(", ", parts);
    }
}
