package health.hipspine.content.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the exercise planner (assessment-service) relies on in the shipped exercise file: a phase on every
 * exercise, progression and regression chains that run both ways and in the right direction of difficulty, and
 * no exercise contraindicated in a condition it is meant to serve (that is a watch item: done differently, not
 * left out).
 */
class ExerciseDataTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static Map<String, JsonNode> exercises;
    static Map<String, JsonNode> conditions;

    @BeforeAll
    static void read() throws IOException {
        exercises = records("content/exercises.json");
        conditions = records("content/conditions.json");
    }

    static Map<String, JsonNode> records(String resource) throws IOException {
        try (InputStream in = ExerciseDataTest.class.getClassLoader().getResourceAsStream(resource)) {
            Map<String, JsonNode> byCode = new LinkedHashMap<>();
            JSON.readTree(in).get("records").forEach(r -> byCode.put(r.get("code").asText(), r));
            return byCode;
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isTextual() ? n.asText() : n.get("conditionCode").asText()));
        return out;
    }

    @Test
    void everyExerciseHasAPhaseOfTheClinicalSequence() {
        assertThat(exercises).hasSize(43);
        exercises.forEach((code, e) -> assertThat(e.path("phase").asText()).as(code).isIn("mobility", "strength", "function"));
    }

    @Test
    void progressionsAreNotEasierRegressionsNotHarderAndEachLinkRunsBothWays() {
        exercises.forEach((code, e) -> {
            int difficulty = e.get("difficulty").asInt();
            for (String harder : texts(e.get("progressionCodes"))) {
                assertThat(exercises.get(harder).get("difficulty").asInt()).as(code + " -> " + harder).isGreaterThanOrEqualTo(difficulty);
                assertThat(texts(exercises.get(harder).get("regressionCodes"))).as(harder + " regresses to " + code).contains(code);
            }
            for (String easier : texts(e.get("regressionCodes"))) {
                assertThat(exercises.get(easier).get("difficulty").asInt()).as(code + " -> " + easier).isLessThanOrEqualTo(difficulty);
                assertThat(texts(exercises.get(easier).get("progressionCodes"))).as(easier + " progresses to " + code).contains(code);
            }
        });
    }

    @Test
    void noExerciseIsContraindicatedInAConditionItServes() {
        exercises.forEach((code, e) -> assertThat(texts(e.get("contraindications"))).as(code)
                .doesNotContainAnyElementsOf(texts(e.get("conditionCodes"))));
    }

    @Test
    void theEightSelfContraindicationsAreNowWatchItems() {
        Map<String, String> watched = Map.of("clamshell", "greater-trochanteric-pain-syndrome",
                "side-lying-hip-abduction", "greater-trochanteric-pain-syndrome", "step-up", "greater-trochanteric-pain-syndrome",
                "cat-cow", "lumbar-spinal-stenosis", "swimming", "lumbar-spinal-stenosis", "frog-stretch", "hip-osteoarthritis",
                "quadruped-rock-back", "femoroacetabular-impingement", "hip-flexor-stretch", "iliopsoas-dysfunction");
        watched.forEach((code, condition) -> {
            assertThat(texts(exercises.get(code).get("watch"))).as(code).contains(condition);
            assertThat(texts(exercises.get(code).get("contraindications"))).as(code).doesNotContain(condition);
        });
        exercises.forEach((code, e) -> e.get("watch").forEach(w -> {
            assertThat(conditions).as(code).containsKey(w.get("conditionCode").asText());
            assertThat(w.at("/text/en").asText()).as(code).isNotBlank();
            assertThat(w.at("/text/es").asText()).as(code).isNotBlank();
        }));
    }

    @Test
    void everyHelpfulCategoryOfAConditionHasAnExerciseServingIt() {
        conditions.forEach((condition, c) -> texts(c.get("helpfulExerciseCategories")).forEach(category ->
                assertThat(exercises.values()).as(condition + " / " + category).anySatisfy(e -> {
                    assertThat(e.get("category").asText()).isEqualTo(category);
                    assertThat(texts(e.get("conditionCodes"))).contains(condition);
                })));
    }
}
