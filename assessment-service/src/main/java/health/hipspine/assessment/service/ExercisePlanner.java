package health.hipspine.assessment.service;

import health.hipspine.assessment.client.ContentCatalogue;
import health.hipspine.contract.content.ExerciseView;
import health.hipspine.events.AssessmentResult.ExercisePlan;
import health.hipspine.events.AssessmentResult.Warning;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exercise plan around the content catalogue: fetches the exercises serving the recommended conditions and
 * the likely conditions' exercisesToAvoid, and hands them to {@link ExercisePrescription}, where every clinical
 * choice is made. When the catalogue cannot be reached the scoring still stands; the plan says it is incomplete
 * and a warning tells the clinician.
 */
@ApplicationScoped
public class ExercisePlanner {

    private static final Logger LOG = Logger.getLogger(ExercisePlanner.class);
    public static final String UNAVAILABLE = "unavailable";
    public static final String HELD_BACK = PlanWording.english(PlanWording.HELD_BACK);
    public static final Warning CONTENT_UNAVAILABLE = new Warning("content-unavailable",
            PlanWording.english(PlanWording.CONTENT_UNAVAILABLE));

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

    /** The plan in English, the language results are stored in. */
    public Planned plan(List<String> recommendedConditionCodes, List<String> likelyConditionCodes,
                        ExercisePrescription.Patient patient, String authorization) {
        return plan(recommendedConditionCodes, likelyConditionCodes, patient, PlanWording.ENGLISH, authorization);
    }

    /**
     * The plan with every text in {@code language} (en or es): the catalogue's exercises, dosage and condition
     * names in it (content-service answers Accept-Language), the plan's own words from {@link PlanWording}.
     */
    public Planned plan(List<String> recommendedConditionCodes, List<String> likelyConditionCodes,
                        ExercisePrescription.Patient patient, String language, String authorization) {
        String release = release(authorization);
        try {
            Map<String, List<String>> avoid = new LinkedHashMap<>();
            for (String likely : likelyConditionCodes) {
                catalogue.condition(likely, language, authorization).ifPresent(c -> avoid.put(likely, c.exercisesToAvoid()));
            }
            Map<String, List<ExerciseView>> exercises = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            for (String conditionCode : recommendedConditionCodes) {
                exercises.put(conditionCode, catalogue.exercisesFor(conditionCode, language, authorization).items());
                // the plan's note names the conditions as the catalogue does (cached like the rest)
                catalogue.condition(conditionCode, language, authorization)
                        .filter(c -> c.name() != null).ifPresent(c -> names.put(conditionCode, c.name()));
            }
            ExercisePlan plan = ExercisePrescription.plan(recommendedConditionCodes, likelyConditionCodes, patient,
                    new ExercisePrescription.Catalogue(exercises, avoid, names), language);
            return new Planned(release, plan, List.of());
        } catch (RuntimeException e) {
            LOG.warnf("exercise catalogue unavailable: %s", e.getClass().getSimpleName());
            return new Planned(release,
                    new ExercisePlan(false, PlanWording.english(PlanWording.CATALOGUE_UNREACHABLE), List.of()),
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
}
