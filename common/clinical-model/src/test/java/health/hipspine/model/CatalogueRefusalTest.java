package health.hipspine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import health.hipspine.model.catalogue.FindingCatalogue;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The integrity check refuses a catalogue that breaks a modelling rule of issue 10: a cumulative ("at least k")
 * LR used as exact for a lower interval, a number without a source, or two members of one correlated group
 * scored together. Each test breaks one copy of the bundled catalogue.
 */
class CatalogueRefusalTest {

    private static Map<String, JsonNode> bundled() {
        Map<String, JsonNode> files = new HashMap<>();
        FindingCatalogue.FILES.forEach(name -> files.put(name, FindingCatalogue.bundledFile(name)));
        return files;
    }

    private static Map<String, JsonNode> broken(String file, Consumer<JsonNode> breakIt) {
        Map<String, JsonNode> files = bundled();
        breakIt.accept(files.get(file));
        return files;
    }

    private static ObjectNode cluster(JsonNode categories, String code) {
        for (JsonNode c : categories.path("clusters")) {
            if (c.path("code").asText().equals(code)) {
                return (ObjectNode) c;
            }
        }
        throw new AssertionError(code);
    }

    @Test
    void theBundledCatalogueLoads() {
        assertThatCode(() -> FindingCatalogue.fromJson(bundled())).doesNotThrowAnyException();
    }

    @Test
    void refusesSutlivesAtLeastThreeLrAppliedToExactlyThree() {
        // the 2026.11 mistake: "≥3 of 5" (5.2) used for exactly 3, below the "≥4 of 5" level
        Map<String, JsonNode> files = broken("categories.json", c -> {
            ObjectNode level = ((ObjectNode) cluster(c, "cluster.sutlive-hip-oa").withArray("levels").addObject());
            level.put("minimumPositive", 3).put("maximumPositive", 3).put("likelihoodRatio", 5.2)
                    .put("row", "≥3 of 5").put("cumulative", true);
        });
        assertThatThrownBy(() -> FindingCatalogue.fromJson(files)).hasMessageContaining("cumulative LR")
                .hasMessageContaining("cluster.sutlive-hip-oa");
    }

    @Test
    void refusesAnUncitedPrevalence() {
        Map<String, JsonNode> files = broken("categories.json", c -> {
            ObjectNode prior = (ObjectNode) c.path("categories").get(0).withArray("priors").get(0);
            prior.put("source", "");
        });
        assertThatThrownBy(() -> FindingCatalogue.fromJson(files)).hasMessageContaining("has no source");
    }

    @Test
    void refusesAnUncitedLikelihoodRatio() {
        Map<String, JsonNode> files = broken("findings.json", f -> {
            for (JsonNode d : f.path("findings")) {
                for (JsonNode row : d.path("accuracy")) {
                    if (row.path("id").asText().equals("capra2011-slr")) {
                        ((ObjectNode) row).putNull("source");
                    }
                }
            }
        });
        assertThatThrownBy(() -> FindingCatalogue.fromJson(files)).hasMessageContaining("capra2011-slr has no source");
    }

    @Test
    void refusesTwoMembersOfOneCorrelatedGroupScoredTogether() {
        Map<String, JsonNode> files = broken("categories.json",
                c -> ((ObjectNode) c.path("correlatedGroups").get(0)).put("combine", "PRODUCT"));
        assertThatThrownBy(() -> FindingCatalogue.fromJson(files))
                .hasMessageContaining("would score two members of one correlated group together");
    }

    @Test
    void refusesACaseControlLrUsedUnshrunk() {
        Map<String, JsonNode> files = broken("findings.json", f -> {
            for (JsonNode d : f.path("findings")) {
                for (JsonNode row : d.path("accuracy")) {
                    if (row.path("id").asText().equals("khan2004-groin")) {
                        ((ObjectNode) row.path("model")).putArray("cautions").add("COMPUTED").add("CASE_CONTROL");
                    }
                }
            }
        });
        assertThatThrownBy(() -> FindingCatalogue.fromJson(files)).hasMessageContaining("case-control LR must be shrunk");
    }

    @Test
    void refusesAnUnverifiedPriorStatus() {
        Map<String, JsonNode> files = broken("categories.json", c -> {
            ObjectNode prior = (ObjectNode) c.path("categories").get(0).withArray("priors").get(0);
            prior.put("evidenceStatus", "U");
        });
        assertThatThrownBy(() -> FindingCatalogue.fromJson(files)).hasMessageContaining("status U may not be used");
    }
}
