package health.hipspine.model.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A text in several languages (at least English); {@link #in(String)} falls back to English. */
public record LocalizedText(Map<String, String> texts) {

    public static final String ENGLISH = "en";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public LocalizedText {
        if (texts == null || texts.get(ENGLISH) == null || texts.get(ENGLISH).isBlank()) {
            throw new IllegalArgumentException("a localized text needs an English version: " + texts);
        }
        // sorted, so serialised JSON is byte-stable (ETags in the content service)
        texts = java.util.Collections.unmodifiableMap(new TreeMap<>(texts));
    }

    public static LocalizedText of(String en, String es) {
        return new LocalizedText(Map.of("en", en, "es", es));
    }

    @JsonValue
    public Map<String, String> texts() {
        return texts;
    }

    /** The text in {@code language} (e.g. {@code es}, {@code es-ES}), else English. */
    public String in(String language) {
        if (language != null) {
            String primary = language.trim().toLowerCase(Locale.ROOT);
            int dash = primary.indexOf('-');
            String key = dash > 0 ? primary.substring(0, dash) : primary;
            String text = texts.get(key);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return texts.get(ENGLISH);
    }

    /** The English text. */
    public String en() {
        return texts.get(ENGLISH);
    }

    /** Whether a non-blank text exists for this exact language. */
    public boolean has(String language) {
        String text = texts.get(language);
        return text != null && !text.isBlank();
    }

    /** Replaces {@code {name}} placeholders in every language. */
    public LocalizedText format(Map<String, String> values) {
        Map<String, String> out = new TreeMap<>();
        texts.forEach((lang, text) -> {
            String t = text;
            for (Map.Entry<String, String> v : values.entrySet()) {
                t = t.replace("{" + v.getKey() + "}", v.getValue());
            }
            out.put(lang, t);
        });
        return new LocalizedText(out);
    }
}
