package health.hipspine.report.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Parses query and path parameters so a malformed one answers 400 naming the field (never 404 or 500). */
final class ApiParameters {

    private ApiParameters() {
    }

    /** An optional UUID: null when absent. */
    static UUID uuid(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalid(field, "must be a UUID");
        }
    }

    /** A path parameter: always present. */
    static UUID requiredUuid(String field, String value) {
        UUID id = uuid(field, value);
        if (id == null) {
            throw invalid(field, "must be a UUID");
        }
        return id;
    }

    static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be an ISO date (yyyy-MM-dd)");
        }
    }

    static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be an ISO-8601 instant (2026-11-20T09:30:00Z)");
        }
    }

    /** An optional whole number within [min, max]; {@code fallback} when absent. */
    static Integer integer(String field, String value, Integer fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(field, "must be a whole number between " + min + " and " + max);
        }
        if (n < min || n > max) {
            throw invalid(field, "must be between " + min + " and " + max);
        }
        return n;
    }

    static HttpProblem invalid(String field, String message) {
        return HttpProblem.builder().withStatus(400).withTitle("Invalid parameter")
                .withDetail(field + " " + message).with("field", field).build();
    }
}
