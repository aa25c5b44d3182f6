package health.hipspine.testing;

import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Which PostgreSQL and Kafka the test resources start: Testcontainers containers where a Docker engine
 * answers, else the embedded real servers (zonky PostgreSQL, a Kafka broker process). The system property
 * {@value #PROPERTY} ({@code auto}, {@code containers} or {@code embedded}; default {@code auto}) forces
 * either. Pure: the Docker probe is passed in, and asked only when the answer depends on it.
 */
public enum ServerChoice {
    CONTAINERS,
    EMBEDDED;

    public static final String PROPERTY = "hipspine.test.servers";

    /**
     * @param property        the property's value; null or blank means {@code auto}
     * @param dockerAvailable whether a Docker engine is reachable (asked for {@code auto} and {@code containers})
     * @throws IllegalArgumentException for an unknown value
     * @throws IllegalStateException    for {@code containers} without a Docker engine: never a silent fallback
     */
    public static ServerChoice decide(String property, BooleanSupplier dockerAvailable) {
        String value = property == null || property.isBlank() ? "auto" : property.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "auto" -> dockerAvailable.getAsBoolean() ? CONTAINERS : EMBEDDED;
            case "embedded" -> EMBEDDED;
            case "containers" -> {
                if (!dockerAvailable.getAsBoolean()) {
                    throw new IllegalStateException("-D" + PROPERTY + "=containers, but no Docker engine is reachable"
                            + " (Testcontainers found none); use -D" + PROPERTY + "=embedded or auto");
                }
                yield CONTAINERS;
            }
            default -> throw new IllegalArgumentException("-D" + PROPERTY + "=" + property
                    + " is not one of auto, containers, embedded");
        };
    }
}
