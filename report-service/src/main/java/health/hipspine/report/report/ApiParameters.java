package health.hipspine.report.report;

import io.quarkiverse.resteasy.problem.HttpProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Parses query and path parameters so a malformed one answers 400 naming the field (JAX-RS would say 404). */
public final class ApiParameters {

    private ApiParameters() {
    }

    public static UUID uuid(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalid(field, "must be a UUID");
        }
    }

    public static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be an ISO date (yyyy-MM-dd)");
        }
    }

    public static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be an ISO-8601 instant (2026-11-20T09:30:00Z)");
        }
    }

    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw invalid(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    public static HttpProblem invalid(String field, String message) {
        return HttpProblem.builder().withStatus(400).withTitle("Invalid parameter")
                .withDetail(field + " " + message).with("field", field).build();
    }
}
