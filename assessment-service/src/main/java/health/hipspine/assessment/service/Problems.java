package health.hipspine.assessment.service;

import io.quarkiverse.resteasy.problem.HttpProblem;

import java.net.URI;
import java.util.List;

/**
 * The problem types this service answers with (RFC 9457). Each {@code type} is stable: clients may
 * switch on it. Violations name the failing field as a JSON path such as {@code findings[2].value}.
 */
public final class Problems {

    public static final URI INVALID_SUBMISSION = URI.create("https://hipspine.health/problems/invalid-submission");
    public static final URI IDEMPOTENCY_CONFLICT = URI.create("https://hipspine.health/problems/idempotency-key-reused");
    public static final URI NO_CLINIC = URI.create("https://hipspine.health/problems/no-clinic");
    public static final URI NOT_FOUND = URI.create("https://hipspine.health/problems/not-found");
    public static final URI INVALID_PARAMETER = URI.create("https://hipspine.health/problems/invalid-parameter");

    private Problems() {
    }

    public record Violation(String field, String message) {
    }

    public static HttpProblem invalidSubmission(List<Violation> violations) {
        return HttpProblem.builder()
                .withType(INVALID_SUBMISSION)
                .withStatus(422)
                .withTitle("The assessment cannot be scored as submitted")
                .withDetail(violations.size() + " field(s) break the submission rules; see violations")
                .with("violations", violations)
                .build();
    }

    public static HttpProblem malformed(String field, String message) {
        return HttpProblem.builder()
                .withType(INVALID_SUBMISSION)
                .withStatus(400)
                .withTitle("The request body is not a readable assessment")
                .withDetail(message)
                .with("violations", List.of(new Violation(field, message)))
                .build();
    }

    /** 400: a query or path parameter cannot be read as its type; the parameter is named. */
    public static HttpProblem invalidParameter(String name, String message) {
        return HttpProblem.builder()
                .withType(INVALID_PARAMETER)
                .withStatus(400)
                .withTitle("A request parameter cannot be read")
                .withDetail(name + " " + message)
                .with("violations", List.of(new Violation(name, message)))
                .build();
    }

    public static HttpProblem idempotencyKeyReused() {
        return HttpProblem.builder()
                .withType(IDEMPOTENCY_CONFLICT)
                .withStatus(422)
                .withTitle("Idempotency-Key already used for a different request")
                .withDetail("This clinic already used the key for a request with another body; use a new key for a new assessment")
                .with("violations", List.of(new Violation("Idempotency-Key", "already used with a different body")))
                .build();
    }

    public static HttpProblem noClinic() {
        return HttpProblem.builder()
                .withType(NO_CLINIC)
                .withStatus(403)
                .withTitle("The token names no clinic")
                .withDetail("Patient data belongs to a clinic; this token carries no clinic_id claim")
                .build();
    }

    public static HttpProblem notFound(String what) {
        return HttpProblem.builder()
                .withType(NOT_FOUND)
                .withStatus(404)
                .withTitle("Not found")
                .withDetail("No " + what + " with this id in your clinic")
                .build();
    }
}
