package health.hipspine.content.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.model.ClinicalModel;
import health.hipspine.model.catalogue.CategoryDefinition;
import health.hipspine.model.catalogue.FindingCatalogue;
import health.hipspine.model.catalogue.RedFlagRule;
import health.hipspine.model.language.LocalizedTexts;
import health.hipspine.model.language.SpanishRegister;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release files themselves, no server: every patient-facing text in both languages, Spanish in the usted
 * register, a content entry for every condition the clinical model can name, and mappings that say when they
 * are missing. (ContentImport refuses a file record that breaks the record rules; these are the whole-file rules.)
 */
class ReleaseFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILES = List.of("conditions.json", "exercises.json", "education.json");

    static JsonNode file(String name) {
        try (InputStream in = ReleaseFilesTest.class.getResourceAsStream("/content/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> records(String name) {
        return StreamSupport.stream(file(name).path("records").spliterator(), false).toList();
    }

    @Test
    void everyLocalizedTextHasANonBlankEnglishAndSpanish() {
        for (String name : FILES) {
            assertThat(LocalizedTexts.oneLanguageOnly(file(name))).as(name).isEmpty();
        }
    }

    @Test
    void noSpanishTextUsesTheTuRegister() {
        Map<String, List<String>> slips = new LinkedHashMap<>();
        for (String name : FILES) {
            LocalizedTexts.spanish(file(name)).forEach((path, text) -> {
                List<String> forms = SpanishRegister.tuForms(text);
                if (!forms.isEmpty()) {
                    slips.put(name + " " + path, forms);
                }
            });
        }
        assertThat(slips).isEmpty();
    }

    @Test
    void everyConditionCodeTheClinicalModelCanEmitHasAContentEntry() {
        FindingCatalogue model = ClinicalModel.standard().catalogue();
        Set<String> emitted = new TreeSet<>();
        model.categories().stream().map(CategoryDefinition::conditionCodes).forEach(emitted::addAll);
        model.redFlags().stream().map(RedFlagRule::conditionCodes).forEach(emitted::addAll);
        emitted.add("hip-spine-syndrome"); // named by the model's Assessor when hip and spine are both likely
        Set<String> content = records("conditions.json").stream().map(r -> r.path("code").asText())
                .collect(Collectors.toSet());
        assertThat(emitted).hasSizeGreaterThan(20);
        assertThat(content).containsAll(emitted);
    }

    @Test
    void anEmptyCodeListIsExplainedInTheMappingNoteInBothLanguages() {
        for (JsonNode c : records("conditions.json")) {
            String en = c.path("mappingNote").path("en").asText().toLowerCase(Locale.ROOT);
            String es = c.path("mappingNote").path("es").asText().toLowerCase(Locale.ROOT);
            if (c.path("snomedCt").isEmpty()) {
                assertThat(en).as(c.path("code").asText()).contains("snomed ct").contains("not mapped");
                assertThat(es).as(c.path("code").asText()).contains("snomed ct").contains("sin correspondencia");
            }
            if (c.path("icd10cm").isEmpty()) {
                assertThat(en).as(c.path("code").asText()).contains("not mapped");
                assertThat(es).as(c.path("code").asText()).contains("sin correspondencia");
            }
        }
    }

    @Test
    void nonSpecificBackPainAndClinicalRadiculopathyCarryTheM54Codes() {
        Map<String, JsonNode> byCode = records("conditions.json").stream()
                .collect(Collectors.toMap(r -> r.path("code").asText(), r -> r));
        // The model reaches these two only as non-specific low back pain (its residual category).
        for (String code : List.of("lumbar-muscle-strain", "lumbar-facet-joint-pain")) {
            assertThat(byCode.get(code).path("icd10cm").toString()).as(code).contains("\"M54.50\"", "\"M54.59\"");
        }
        // Radiculopathy diagnosed clinically, without imaging of the disc.
        assertThat(byCode.get("lumbar-disc-herniation-radiculopathy").path("icd10cm").toString())
                .contains("\"M54.16\"", "\"M54.17\"");
    }
}
