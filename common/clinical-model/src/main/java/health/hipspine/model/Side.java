package health.hipspine.model;

import java.util.Locale;

/** Side of a finding, for codes whose catalogue entry says {@code sideApplies}. Wire form: lower case. */
public enum Side {
    LEFT, RIGHT, BILATERAL;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code left}, {@code right} or {@code bilateral}; null for anything else. */
    public static Side fromWire(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "left" -> LEFT;
            case "right" -> RIGHT;
            case "bilateral" -> BILATERAL;
            default -> null;
        };
    }
}
