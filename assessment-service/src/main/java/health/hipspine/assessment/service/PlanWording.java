package health.hipspine.assessment.service;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The exercise plan's own texts in English and Spanish ({@code texts/plan_*.properties}, a standard
 * {@link ResourceBundle}; the clinical model's texts live in its catalogue): the plan's note, each exercise's reason
 * and dosage words, and each pain source's reason, citation and note. Results are stored in English; a Spanish
 * reader's plan is worded again in Spanish ({@link ResultLanguage}), and a fixed text is found by the key whose
 * English text was stored.
 */
public final class PlanWording {

    public static final String HELD_BACK = "plan.held-back";
    public static final String CATALOGUE_UNREACHABLE = "plan.catalogue-unreachable";
    public static final String NO_LIKELY_SOURCE = "plan.no-likely-source";
    /** The warning's code on the wire is {@code content-unavailable}; its text is this key. */
    public static final String CONTENT_UNAVAILABLE = "warning.content-unavailable";

    public static final String ENGLISH = "en";
    public static final String SPANISH = "es";

    // no fallback to the JVM's default locale: a missing Spanish file must fail, not answer in English
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private PlanWording() {
    }

    /** Every key and its text in {@code language} (en or es). */
    public static Map<String, String> all(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("texts.plan", Locale.of(language), NO_FALLBACK);
        Map<String, String> texts = new TreeMap<>();
        bundle.keySet().forEach(k -> texts.put(k, bundle.getString(k)));
        return texts;
    }

    public static String english(String key) {
        return text(key, ENGLISH);
    }

    public static String text(String key, String language) {
        return ResourceBundle.getBundle("texts.plan", Locale.of(language), NO_FALLBACK).getString(key);
    }

    /** The text of {@code key} in {@code language} with its {@code {name}} placeholders filled from {@code values}. */
    public static String format(String key, String language, Map<String, String> values) {
        String out = text(key, language);
        for (Map.Entry<String, String> v : values.entrySet()) {
            out = out.replace("{" + v.getKey() + "}", v.getValue());
        }
        return out;
    }

    /** The stored English text in {@code language}; empty when it is not one of these texts. */
    public static Optional<String> translate(String storedEnglish, String language) {
        if (storedEnglish == null) {
            return Optional.empty();
        }
        return all(ENGLISH).entrySet().stream().filter(e -> e.getValue().equals(storedEnglish))
                .map(e -> text(e.getKey(), language)).findFirst();
    }
}
