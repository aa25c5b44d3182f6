package health.hipspine.assessment.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import health.hipspine.assessment.client.ContentCatalogue;
import health.hipspine.events.AssessmentResult.ExercisePlanItem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The exercise plan from a catalogue held in memory: no content service, no Quarkus. */
class ExercisePlannerTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A catalogue answering from maps; a code it does not know is a missing node, as the real client answers a 404. */
    static class InMemoryCatalogue extends ContentCatalogue {
        final Map<String, JsonNode> conditions;
        final Map<String, JsonNode> exercises;
        final boolean down;

        InMemoryCatalogue(Map<String, JsonNode> conditions, Map<String, JsonNode> exercises, boolean down) {
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
        public JsonNode condition(String code, String authorization) {
            if (down) {
                throw new IllegalStateException("content service down");
            }
            return conditions.getOrDefault(code, MissingNode.getInstance());
        }

        @Override
        public JsonNode exercisesFor(String code, String authorization) {
            if (down) {
                throw new IllegalStateException("content service down");
            }
            return exercises.getOrDefault(code, MissingNode.getInstance());
        }
    }

    static final JsonNode HIP_EXERCISES = json("""
            {"items":[
              {"code":"bridge","name":"Bridge","dosage":{"sets":3,"reps":10,"text":"3 x 10, daily"}},
              {"code":"deep-squat","name":"Deep squat","dosage":{"sets":3,"reps":8}},
              {"code":"clamshell","name":"Clamshell","dosage":{"sets":2,"reps":15,"frequency":"daily"}},
              {"code":"press-up","name":"Press-up","dosage":{},"contraindications":[{"conditionCode":"lumbar-spinal-stenosis"}]},
              {"code":"old","name":"Retired","dosage":{},"retired":true}]}""");

    static ExercisePlanner planner(boolean down) {
        return new ExercisePlanner(new InMemoryCatalogue(
                Map.of("hip-osteoarthritis", json("{\"exercisesToAvoid\":[\"deep-squat\"]}")),
                Map.of("hip-osteoarthritis", HIP_EXERCISES), down));
    }

    @Test
    void thePlanLeavesOutExercisesToAvoidRetiredOnesAndContraindicatedOnes() {
        ExercisePlanner.Planned planned = planner(false).plan(List.of("hip-osteoarthritis"),
                List.of("hip-osteoarthritis", "lumbar-spinal-stenosis"), "Bearer t");
        assertThat(planned.contentRelease()).isEqualTo("2026.11-unit");
        assertThat(planned.plan().complete()).isTrue();
        assertThat(planned.plan().items()).extracting(ExercisePlanItem::exerciseCode).containsExactly("bridge", "clamshell");
        assertThat(planned.warnings()).isEmpty();
    }

    @Test
    void aContraindicationCountsOnlyForALikelyCondition() {
        ExercisePlanner.Planned planned = planner(false).plan(List.of("hip-osteoarthritis"), List.of("hip-osteoarthritis"), "Bearer t");
        assertThat(planned.plan().items()).extracting(ExercisePlanItem::exerciseCode).containsExactly("bridge", "clamshell", "press-up");
    }

    @Test
    void theDosageTextWinsOverItsParts() {
        ExercisePlanner.Planned planned = planner(false).plan(List.of("hip-osteoarthritis"), List.of(), "Bearer t");
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
        ExercisePlanner.Planned planned = planner(false).plan(List.of(), List.of(), "Bearer t");
        assertThat(planned.plan().complete()).isTrue();
        assertThat(planned.plan().items()).isEmpty();
        assertThat(planned.plan().note()).contains("clinical judgement");
    }

    @Test
    void anUnreachableCatalogueGivesAnIncompletePlanAndAWarning() {
        ExercisePlanner.Planned planned = planner(true).plan(List.of("hip-osteoarthritis"), List.of("hip-osteoarthritis"), "Bearer t");
        assertThat(planned.contentRelease()).isEqualTo(ExercisePlanner.UNAVAILABLE);
        assertThat(planned.plan().complete()).isFalse();
        assertThat(planned.plan().items()).isEmpty();
        assertThat(planned.warnings()).containsExactly(ExercisePlanner.CONTENT_UNAVAILABLE);
    }
}
