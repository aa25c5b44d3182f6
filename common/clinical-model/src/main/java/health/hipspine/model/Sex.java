package health.hipspine.model;

import java.util.Locale;

/** Sex as submitted ({@code female}, {@code male}, {@code other}, {@code unknown}). */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the wire form; null for anything else. */
    public static Sex fromWire(String value) {
        if (value == null) {
            return null;
        }
        for (Sex s : values()) {
            if (s.wire().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
