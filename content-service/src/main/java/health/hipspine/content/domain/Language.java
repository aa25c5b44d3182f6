package health.hipspine.content.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The languages the catalogue is written in, and how a bilingual document becomes one language.
 * In the stored documents every clinician- or patient-facing text is an object {"en": ..., "es": ...}
 * (a string or an array of strings); nothing else has that shape.
 */
public enum Language {
    EN("en"), ES("es");

    public static final Language FALLBACK = EN;
    public static final Set<String> TAGS = Set.of("en", "es");

    public final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /**
     * Picks from an Accept-Language header (RFC 9110 weights): the best-weighted language we have, else
     * English. "es-MX" counts as "es"; "*" means any, so English.
     */
    public static Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return FALLBACK;
        }
        record Range(String primary, double weight, int order) {
        }
        String[] parts = acceptLanguage.split(",");
        List<Range> ranges = new java.util.ArrayList<>();
        for (int i = 0; i < parts.length && i < 20; i++) {
            String[] pieces = parts[i].trim().split(";");
            String primary = pieces[0].trim().toLowerCase(Locale.ROOT).split("-")[0];
            double weight = 1.0;
            for (int p = 1; p < pieces.length; p++) {
                String param = pieces[p].trim();
                if (param.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        weight = 0; // a malformed weight cannot win
                    }
                }
            }
            ranges.add(new Range(primary, weight, i));
        }
        return ranges.stream()
                .filter(r -> r.weight() > 0 && TAGS.contains(r.primary()))
                .max(Comparator.comparingDouble(Range::weight).thenComparing(Range::order, Comparator.reverseOrder()))
                .map(r -> r.primary().equals("es") ? ES : EN)
                .orElse(FALLBACK);
    }

    /** True for a node that holds one text per language. */
    public static boolean isLocalized(JsonNode node) {
        if (!node.isObject() || !node.has(FALLBACK.tag)) {
            return false;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            if (!TAGS.contains(names.next())) {
                return false;
            }
        }
        return true;
    }

    /** A copy of the document with every bilingual text reduced to this language (English where missing). */
    public JsonNode localize(JsonNode node) {
        if (isLocalized(node)) {
            JsonNode text = node.get(tag);
            return (text == null || text.isNull() ? node.get(FALLBACK.tag) : text).deepCopy();
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), localize(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(localize(item)));
            return copy;
        }
        return node;
    }
}
