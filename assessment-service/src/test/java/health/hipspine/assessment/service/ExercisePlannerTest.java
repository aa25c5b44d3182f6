package health.hipspine.assessment.service;

import health.hipspine.assessment.client.ContentCatalogue;
import health.hipspine.contract.content.ConditionView;
import health.hipspine.contract.content.ContentPage;
import health.hipspine.contract.content.ExerciseView;
import health.hipspine.contract.content.ExerciseView.Contraindication;
import health.hipspine.contract.content.ExerciseView.Dosage;
import health.hipspine.events.AssessmentResult.ExercisePlanItem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The planner bean around a catalogue held in memory: what it fetches, and how it fails; no content service, no Quarkus. */
class ExercisePlannerTest {

    static ExerciseView exercise(String code, String name, Dosage dosage, boolean retired,
                                 Contraindication... contraindications) {
        return exercise(code, name, "hip-strengthening", dosage, retired, contraindications);
    }

    static ExerciseView exercise(String code, String name, String category, Dosage dosage, boolean retired,
                                 Contraindication... contraindications) {
        return new ExerciseView(code, name, category, "hip", List.of(), "summary", List.of("step"), dosage, 2,
                List.of(), List.of(), List.of(), List.of(), List.of(contraindications), List.of("hip-osteoarthritis"),
                List.of(), 1, retired, null);
    }

    static Dosage dosage(Integer sets, Integer reps, String frequency, String text) {
        return new Dosage(sets, reps, null, null, frequency, text);
    }

    static ConditionView condition(String code, List<String> exercisesToAvoid) {
        return new ConditionView(code, code, "hip", false, "description", "presentation", List.of(), List.of(), List.of(),
                null, List.of(), exercisesToAvoid, List.of(), List.of("source"), 1, false, "en");
    }

    /** A catalogue answering from maps; a code it does not know is empty, as the real client answers a 404. */
    static class InMemoryCatalogue extends ContentCatalogue {
        final Map<String, ConditionView> conditions;
        final Map<String, ContentPage<ExerciseView>> exercises;
        final boolean down;

        InMemoryCatalogue(Map<String, ConditionView> conditions, Map<String, ContentPage<ExerciseView>> exercises,
                          boolean down) {
            super(null);
            this.conditions = conditions;
            this.exercises = exercises;
            this.down = down;
        }

        @Override
        public String release(String authorization) {
            if (down) {
                throw new IllegalStateException("content service down");
            }
            return "2026.11-unit";
        }

        @Override
        public Optional<ConditionView> condition(String code, String language, String authorization) {
            if (down) {
                throw new IllegalStateException("content service down");
            }
            return Optional.ofNullable(conditions.get(code));
        }

        @Override
        public ContentPage<ExerciseView> exercisesFor(String code, String language, String authorization) {
            if (down) {
                throw new IllegalStateException("content service down");
            }
            return exercises.getOrDefault(code, ContentPage.empty());
        }
    }

    @Test
    void anExerciseWithoutCategoryOrDifficultyIsSkippedNotAFailure() {
        // the content service may answer older or sparse records: List.of(..).contains(null) would throw
        ContentPage<ExerciseView> sparse = new ContentPage<>(List.of(
                new ExerciseView("bare", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, 1, false, null),
                exercise("bridge", "Bridge", dosage(3, 10, null, "3 x 10, daily"), false)), 2, 0, 100, "en", "2026.11-unit");
        ExercisePlanner planner = new ExercisePlanner(new InMemoryCatalogue(Map.of(), Map.of("hip-osteoarthritis", sparse), false));
        ExercisePlanner.Planned planned = planner.plan(List.of("hip-osteoarthritis"), List.of("hip-osteoarthritis"), PATIENT, "Bearer t");
        assertThat(planned.plan().complete()).isTrue();
        assertThat(planned.plan().items()).extracting(ExercisePlanItem::exerciseCode).containsExactly("bridge");
    }

    static final ContentPage<ExerciseView> HIP_EXERCISES = new ContentPage<>(List.of(
            exercise("bridge", "Bridge", dosage(3, 10, null, "3 x 10, daily"), false),
            exercise("deep-squat", "Deep squat", dosage(3, 8, null, null), false),
            exercise("clamshell", "Clamshell", dosage(2, 15, "daily", null), false),
            exercise("press-up", "Press-up", "balance", dosage(null, null, null, null), false,
                    new Contraindication("lumbar-spinal-stenosis", null)),
            exercise("old", "Retired", dosage(null, null, null, null), true)), 5, 0, 100, "en", "2026.11-unit");

    static final ExercisePrescription.Patient PATIENT = new ExercisePrescription.Patient(60, 5, null);

    static ExercisePlanner planner(boolean down) {
        return new ExercisePlanner(new InMemoryCatalogue(
                Map.of("hip-osteoarthritis", condition("hip-osteoarthritis", List.of("deep-squat"))),
                Map.of("hip-osteoarthritis", HIP_EXERCISES), down));
    }

    @Test
    void thePlanLeavesOutExercisesToAvoidRetiredOnesAndContraindicatedOnes() {
        ExercisePlanner.Planned planned = planner(false).plan(List.of("hip-osteoarthritis"),
                List.of("hip-osteoarthritis", "lumbar-spinal-stenosis"), PATIENT, "Bearer t");
        assertThat(planned.contentRelease()).isEqualTo("2026.11-unit");
        assertThat(planned.plan().complete()).isTrue();
        assertThat(planned.plan().items()).extracting(ExercisePlanItem::exerciseCode).containsExactly("bridge", "clamshell");
        assertThat(planned.warnings()).isEmpty();
    }

    @Test
    void aContraindicationCountsOnlyForALikelyCondition() {
        ExercisePlanner.Planned planned = planner(false).plan(List.of("hip-osteoarthritis"), List.of("hip-osteoarthritis"), PATIENT, "Bearer t");
        assertThat(planned.plan().items()).extracting(ExercisePlanItem::exerciseCode).containsExactly("bridge", "clamshell", "press-up");
    }

    @Test
    void theDosageTextWinsOverItsParts() {
        ExercisePlanner.Planned planned = planner(false).plan(List.of("hip-osteoarthritis"), List.of(), PATIENT, "Bearer t");
        assertThat(planned.plan().items()).extracting(ExercisePlanItem::dosage)
                .contains("3 x 10, daily", "2 sets, 15 reps, daily", "as prescribed by the therapist");
    }

    @Test
    void aHeldBackPlanHasNoExercisesAndSaysItIsForSafetyNotForLackOfASource() {
        ExercisePlanner.Planned planned = planner(false).heldBack("Bearer t");
        assertThat(planned.plan().items()).isEmpty();
        assertThat(planned.plan().note()).contains("held back for safety").doesNotContain("clinical judgement");
        assertThat(planned.contentRelease()).isEqualTo("2026.11-unit");
    }

    @Test
    void noRecommendedConditionGivesACompleteEmptyPlanThatSaysWhy() {
        ExercisePlanner.Planned planned = planner(false).plan(List.of(), List.of(), PATIENT, "Bearer t");
        assertThat(planned.plan().complete()).isTrue();
        assertThat(planned.plan().items()).isEmpty();
        assertThat(planned.plan().note()).contains("clinical judgement");
    }

    @Test
    void anUnreachableCatalogueGivesAnIncompletePlanAndAWarning() {
        ExercisePlanner.Planned planned = planner(true).plan(List.of("hip-osteoarthritis"), List.of("hip-osteoarthritis"), PATIENT, "Bearer t");
        assertThat(planned.contentRelease()).isEqualTo(ExercisePlanner.UNAVAILABLE);
        assertThat(planned.plan().complete()).isFalse();
        assertThat(planned.plan().items()).isEmpty();
        assertThat(planned.warnings()).containsExactly(ExercisePlanner.CONTENT_UNAVAILABLE);
    }
}
