package health.hipspine.content.finding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import health.hipspine.content.language.Language;
import health.hipspine.model.ClinicalModel;
import health.hipspine.model.catalogue.FindingCatalogue;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Findings, clinical tests and red flags are defined once, in common/clinical-model, and versioned with
 * the model release. This service only shows them (read-only): editing a likelihood ratio is a model
 * change, reviewed and released with the model, never a content edit.
 */
@ApplicationScoped
public class ClinicalModelCatalogue {

    private final ObjectMapper json;
    private final FindingCatalogue catalogue = ClinicalModel.standard().catalogue();

    public ClinicalModelCatalogue(ObjectMapper json) {
        this.json = json;
    }

    public FindingCatalogue catalogue() {
        return catalogue;
    }

    public String modelVersion() {
        return ClinicalModel.standard().version();
    }

    /** Every finding code (red-flag findings included): the vocabulary conditions may cite. */
    public Set<String> findingCodes() {
        return catalogue.findings().stream().map(f -> f.code()).collect(Collectors.toUnmodifiableSet());
    }

    /** The single red-flag findings (redflag.*), which conditions list as the flags to screen. */
    public Set<String> redFlagFindingCodes() {
        return catalogue.redFlags().stream().map(r -> r.code()).filter(c -> c.startsWith("redflag."))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A model record in one language: bilingual texts (LocalizedText) become plain strings. */
    public ObjectNode present(Object record, Language language) {
        ObjectNode out = (ObjectNode) language.localize(json.valueToTree(record));
        out.put("language", language.tag);
        return out;
    }

    /** The list envelope, with the model release the records belong to. */
    public ObjectNode page(List<?> all, int page, int size, Language language) {
        ObjectNode out = json.createObjectNode();
        ArrayNode items = out.putArray("items");
        all.stream().skip((long) page * size).limit(size).forEach(r -> {
            ObjectNode item = present(r, language);
            item.remove("language");
            items.add(item);
        });
        out.put("total", all.size());
        out.put("page", page);
        out.put("size", size);
        out.put("language", language.tag);
        out.put("release", catalogue.release());
        out.put("modelVersion", modelVersion());
        return out;
    }

    /** Case-insensitive match of every word of {@code q} in the record's texts, in any language. */
    public boolean matchesText(Object record, String q) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String haystack = text(json.valueToTree(record), new StringBuilder()).toString().toLowerCase(Locale.ROOT);
        for (String word : q.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static StringBuilder text(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(node.asText()).append(' ');
        } else if (node.isContainerNode()) {
            node.forEach(child -> text(child, out));
        }
        return out;
    }

    /**
     * Evidence status as the evidence file writes it ("V, C", "S", "V (Sn); Sp not in abstract", "U"):
     * true when {@code status} (V, S, C or U) appears in it as a word.
     */
    public static boolean hasStatus(String evidenceStatus, String status) {
        if (evidenceStatus == null) {
            return false;
        }
        for (String token : evidenceStatus.split("[^A-Za-z]+")) {
            if (token.equalsIgnoreCase(status)) {
                return true;
            }
        }
        return false;
    }
}
