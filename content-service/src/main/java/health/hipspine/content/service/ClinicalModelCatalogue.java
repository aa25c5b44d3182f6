package health.hipspine.content.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.model.ClinicalModel;
import health.hipspine.model.catalogue.FindingCatalogue;
import health.hipspine.model.catalogue.FindingDefinition;
import health.hipspine.model.catalogue.RedFlagRule;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

    /** Findings and tests matching every given filter (null means any), sorted by code. */
    public List<FindingDefinition> findings(String group, String category, String evidenceStatus, String q) {
        return catalogue.findings().stream()
                .filter(f -> group == null || f.group().name().equals(group))
                .filter(f -> category == null || f.accuracy().stream().anyMatch(r -> category.equals(r.category())))
                .filter(f -> evidenceStatus == null || f.accuracy().stream()
                        .anyMatch(r -> hasStatus(r.evidenceStatus(), evidenceStatus)))
                .filter(f -> matchesText(f, q))
                .sorted(Comparator.comparing(FindingDefinition::code))
                .toList();
    }

    public Optional<FindingDefinition> finding(String code) {
        return catalogue.find(code);
    }

    /** Red-flag rules matching every given filter (null means any), sorted by code. */
    public List<RedFlagRule> redFlags(String level, String condition, String q) {
        return catalogue.redFlags().stream()
                .filter(r -> level == null || r.level().name().equals(level))
                .filter(r -> condition == null || r.conditionCodes().contains(condition))
                .filter(r -> matchesText(r, q))
                .sorted(Comparator.comparing(RedFlagRule::code))
                .toList();
    }

    public Optional<RedFlagRule> redFlag(String code) {
        return catalogue.redFlag(code);
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
