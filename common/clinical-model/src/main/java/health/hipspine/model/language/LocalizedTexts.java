package health.hipspine.model.language;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads bilingual JSON (the model's catalogue files, the content service's release files), where a text is an
 * object {@code {"en": ..., "es": ...}} holding a string or a list of strings in each language.
 */
public final class LocalizedTexts {

    public static final List<String> LANGUAGES = List.of("en", "es");

    private LocalizedTexts() {
    }

    /**
     * The JSON paths of localized objects (any object with an "en" or "es" member) where a language is missing,
     * blank, or, for lists, has a blank item or a different number of items: patient text in one language only.
     */
    public static List<String> oneLanguageOnly(JsonNode tree) {
        List<String> out = new ArrayList<>();
        walk(tree, "$", (path, node) -> {
            JsonNode en = node.get("en");
            JsonNode es = node.get("es");
            if (blank(en) || blank(es) || en.isArray() != es.isArray() || (en.isArray() && en.size() != es.size())) {
                out.add(path);
            }
        });
        return out;
    }

    /** Every Spanish string in the tree by JSON path (list items get their index). */
    public static Map<String, String> spanish(JsonNode tree) {
        Map<String, String> out = new LinkedHashMap<>();
        walk(tree, "$", (path, node) -> {
            JsonNode es = node.get("es");
            if (es != null && es.isTextual()) {
                out.put(path + ".es", es.asText());
            } else if (es != null && es.isArray()) {
                for (int i = 0; i < es.size(); i++) {
                    out.put(path + ".es[" + i + "]", es.get(i).asText());
                }
            }
        });
        return out;
    }

    private interface Visitor {
        void localized(String path, JsonNode node);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            if (node.has("en") || node.has("es")) {
                visitor.localized(path, node);
                return;
            }
            node.properties().forEach(e -> walk(e.getValue(), path + "." + e.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }

    private static boolean blank(JsonNode text) {
        if (text == null || text.isNull()) {
            return true;
        }
        if (text.isArray()) {
            for (JsonNode item : text) {
                if (!item.isTextual() || item.asText().isBlank()) {
                    return true;
                }
            }
            return false;
        }
        return !text.isTextual() || text.asText().isBlank();
    }
}
