package health.hipspine.assessment.rest;

import health.hipspine.assessment.service.Problems;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Query parameters read as their type; an unreadable one answers 400 naming it (never 404). */
final class QueryParameters {

    private QueryParameters() {
    }

    static int integer(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw Problems.invalidParameter(name, "must be an integer");
        }
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Problems.invalidParameter(name, "must be an ISO instant such as 2026-11-20T00:00:00Z");
        }
    }
}
