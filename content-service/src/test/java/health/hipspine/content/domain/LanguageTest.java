package health.hipspine.content.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @Test
    void negotiatesByWeightAndFallsBackToEnglish() {
        assertThat(Language.negotiate(null)).isEqualTo(Language.EN);
        assertThat(Language.negotiate("es")).isEqualTo(Language.ES);
        assertThat(Language.negotiate("es-MX")).isEqualTo(Language.ES);
        assertThat(Language.negotiate("fr-CH, fr;q=0.9, es;q=0.7, en;q=0.5")).isEqualTo(Language.ES);
        assertThat(Language.negotiate("en;q=0.3, es;q=0.6")).isEqualTo(Language.ES);
        assertThat(Language.negotiate("de")).isEqualTo(Language.EN);
        assertThat(Language.negotiate("es;q=0")).isEqualTo(Language.EN);
        assertThat(Language.negotiate("*")).isEqualTo(Language.EN);
        assertThat(Language.negotiate("es;q=abc")).isEqualTo(Language.EN);
    }

    @Test
    void localisesEveryBilingualNodeAndLeavesOtherObjectsAlone() throws Exception {
        var doc = new ObjectMapper().readTree("""
                {"name":{"en":"Bridge","es":"Puente"},"steps":{"en":["a","b"],"es":["x","y"]},
                 "dosage":{"sets":3,"text":{"en":"3 sets"}},"contraindications":[{"conditionCode":"c","text":{"en":"E","es":"S"}}]}""");
        var es = Language.ES.localize(doc);
        assertThat(es.get("name").asText()).isEqualTo("Puente");
        assertThat(es.get("steps").get(1).asText()).isEqualTo("y");
        assertThat(es.get("dosage").get("sets").asInt()).isEqualTo(3);
        assertThat(es.get("dosage").get("text").asText()).as("missing Spanish falls back to English").isEqualTo("3 sets");
        assertThat(es.get("contraindications").get(0).get("text").asText()).isEqualTo("S");
        assertThat(doc.get("name").isObject()).as("the stored document is not changed").isTrue();
    }
}
