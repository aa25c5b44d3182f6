package health.hipspine.report.rendering;

import health.hipspine.model.language.SpanishRegister;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient handout's own phrases: every key in both languages, none blank, and the Spanish addressing the
 * patient as usted, as the rest of the Spanish handout does (docs/glossary-es.md).
 */
class HandoutPhrasesTest {

    static Map<String, String> phrases(String language) throws IOException {
        try (InputStream in = HandoutPhrasesTest.class.getResourceAsStream("/handout/handout_" + language + ".properties")) {
            assertThat(in).as(language).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> out = new TreeMap<>();
            p.forEach((k, v) -> out.put((String) k, (String) v));
            return out;
        }
    }

    @Test
    void everyPhraseExistsInEnglishAndSpanishAndNoneIsBlank() throws IOException {
        Map<String, String> en = phrases("en");
        Map<String, String> es = phrases("es");
        assertThat(es.keySet()).as("keys in es").containsExactlyInAnyOrderElementsOf(en.keySet());
        assertThat(HandoutComposer.LANGUAGES).containsExactlyInAnyOrder("en", "es");
        en.forEach((k, v) -> assertThat(v).as("en " + k).isNotBlank());
        es.forEach((k, v) -> assertThat(v).as("es " + k).isNotBlank());
    }

    @Test
    void theSpanishHandoutAddressesThePatientAsUsted() throws IOException {
        Map<String, List<String>> slips = new TreeMap<>();
        phrases("es").forEach((k, v) -> {
            List<String> forms = SpanishRegister.tuForms(v);
            if (!forms.isEmpty()) {
                slips.put(k, forms);
            }
        });
        assertThat(slips).isEmpty();
    }
}
