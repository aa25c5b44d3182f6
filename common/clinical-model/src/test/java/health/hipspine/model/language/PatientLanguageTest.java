package health.hipspine.model.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.model.catalogue.FindingCatalogue;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue files (messages.json's warnings and next steps, red-flags.json's patient advice and actions,
 * findings, categories) carry every text in English and Spanish, and the Spanish speaks as usted.
 */
class PatientLanguageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCatalogueTextHasBothLanguages() {
        for (String file : FindingCatalogue.FILES) {
            assertThat(LocalizedTexts.oneLanguageOnly(FindingCatalogue.bundledFile(file))).as(file).isEmpty();
        }
    }

    @Test
    void noCatalogueSpanishTextUsesTheTuRegister() {
        Map<String, List<String>> slips = new LinkedHashMap<>();
        for (String file : FindingCatalogue.FILES) {
            LocalizedTexts.spanish(FindingCatalogue.bundledFile(file)).forEach((path, text) -> {
                List<String> forms = SpanishRegister.tuForms(text);
                if (!forms.isEmpty()) {
                    slips.put(file + " " + path, forms);
                }
            });
        }
        assertThat(slips).isEmpty();
    }

    @Test
    void aTextInOneLanguageOnlyIsReportedByPath() throws Exception {
        JsonNode tree = JSON.readTree("""
                {"messages":[{"text":{"en":"Go now","es":"Vaya ahora"}},{"text":{"en":"Go now"}},
                 {"text":{"en":"Go now","es":"  "}},{"steps":{"en":["a","b"],"es":["a"]}}]}""");
        assertThat(LocalizedTexts.oneLanguageOnly(tree))
                .containsExactly("$.messages[1].text", "$.messages[2].text", "$.messages[3].steps");
        assertThat(LocalizedTexts.spanish(tree)).containsEntry("$.messages[0].text.es", "Vaya ahora")
                .containsEntry("$.messages[3].steps.es[0]", "a");
    }
}
