package health.hipspine.model;

import java.util.Locale;

/**
 * Where the patient is seen. Prevalence differs many-fold between settings (evidence file 2, caution 4), so
 * the pre-test probabilities are chosen per setting. Wire form: {@code primary-care} (default), {@code specialist}.
 */
public enum Setting {
    PRIMARY_CARE, SPECIALIST;

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses {@code primary-care} or {@code specialist}; null for anything else. */
    public static Setting fromWire(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "primary-care" -> PRIMARY_CARE;
            case "specialist" -> SPECIALIST;
            default -> null;
        };
    }
}
