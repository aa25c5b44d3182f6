package health.hipspine.assessment.service;

import health.hipspine.model.language.SpanishRegister;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan's own texts: every English text has a Spanish one (usted register), found again from a stored English text. */
class PlanWordingTest {

    @Test
    void everyEnglishTextHasASpanishOne() {
        Map<String, String> english = PlanWording.all("en");
        Map<String, String> spanish = PlanWording.all("es");
        assertThat(english).containsKeys(PlanWording.HELD_BACK, PlanWording.CATALOGUE_UNREACHABLE, PlanWording.NO_LIKELY_SOURCE,
                PlanWording.CONTENT_UNAVAILABLE);
        assertThat(spanish.keySet()).isEqualTo(english.keySet());
        english.forEach((key, text) -> {
            assertThat(spanish.get(key)).as(key).isNotBlank();
            if (!key.endsWith(".citation") || !text.matches("[A-Z][A-Za-z0-9 ,;]*")) {
                // a citation of authors and years alone reads the same in both languages
                assertThat(spanish.get(key)).as(key).isNotEqualTo(text);
            }
            assertThat(placeholders(spanish.get(key))).as(key + " fills the same values").isEqualTo(placeholders(text));
            assertThat(SpanishRegister.tuForms(spanish.get(key))).as(key + " speaks as usted").isEmpty();
        });
    }

    private static java.util.Set<String> placeholders(String text) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([a-z]+)}").matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void aStoredEnglishTextIsFoundInSpanishAndAnyOtherTextIsNot() {
        assertThat(PlanWording.translate(ExercisePlanner.HELD_BACK, "es"))
                .contains(PlanWording.text(PlanWording.HELD_BACK, "es"));
        assertThat(PlanWording.translate(ExercisePlanner.CONTENT_UNAVAILABLE.text(), "es"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("No se pudo acceder al catálogo de ejercicios"));
        assertThat(PlanWording.translate("Exercises for hip-osteoarthritis, in the order mobility, strength, function", "es")).isEmpty();
        assertThat(PlanWording.translate(null, "es")).isEmpty();
    }
}
