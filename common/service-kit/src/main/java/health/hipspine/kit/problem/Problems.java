package health.hipspine.kit.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;

import java.net.URI;
import java.util.List;

/**
 * The one vocabulary of RFC 9457 problem types of all three services. Each {@code type} is stable:
 * clients switch on it, so a slug is never renamed (the first four were in use before the kit).
 * Bodies are {@code application/problem+json}; messages never quote submitted content (it may hold patient data).
 */
public final class Problems {

    public static final String BASE = "https://hipspine.health/problems/";

    /** 400 (unreadable body) or 422 (body breaks the rules); violations name JSON paths. */
    public static final URI INVALID_SUBMISSION = type("invalid-submission");
    /** 400: a query, path or header parameter is unparseable or out of range; violations name the parameter. */
    public static final URI INVALID_PARAMETER = type("invalid-parameter");
    /** 422: an Idempotency-Key already used with another body. */
    public static final URI IDEMPOTENCY_KEY_REUSED = type("idempotency-key-reused");
    /** 401: no token, or one refused (expired, foreign issuer or key, wrong audience, tampered); Bearer challenge. */
    public static final URI UNAUTHORIZED = type("unauthorized");
    /** 403: the token carries no clinic_id, so it may not touch patient data. */
    public static final URI NO_CLINIC = type("no-clinic");
    /** 404. */
    public static final URI NOT_FOUND = type("not-found");
    /** 412: If-Match names a version that is no longer current (or is not a version tag). */
    public static final URI PRECONDITION_FAILED = type("precondition-failed");
    /** 428: a change without If-Match. */
    public static final URI PRECONDITION_REQUIRED = type("precondition-required");
    /** 409: the request conflicts with the resource's current state. */
    public static final URI CONFLICT = type("conflict");
    /** 413: the body is larger than the service accepts. */
    public static final URI PAYLOAD_TOO_LARGE = type("payload-too-large");
    /** 414: the request target (path and query) is longer than the service reads. */
    public static final URI URI_TOO_LONG = type("uri-too-long");
    /** 429: a per-caller or per-clinic budget is spent; {@code Retry-After} says when to come back. */
    public static final URI TOO_MANY_REQUESTS = type("too-many-requests");
    /** 503: a dependency the request needs (the database) is unavailable for now; retry after {@code Retry-After}. */
    public static final URI SERVICE_UNAVAILABLE = type("service-unavailable");

    private Problems() {
    }

    private static URI type(String slug) {
        return URI.create(BASE + slug);
    }

    /** 400: the body cannot be read (not JSON, wrong JSON type, unknown property). */
    public static HttpProblem unreadableBody(String field, String message) {
        String detail = field == null || field.isEmpty() ? "The body " + message : field + " " + message;
        return HttpProblem.builder().withType(INVALID_SUBMISSION).withStatus(400)
                .withTitle("The request body is not readable")
                .withDetail(detail)
                .with("violations", List.of(new Violation(field == null ? "" : field, message)))
                .build();
    }

    /** 422: the body was read but breaks the rules. */
    public static HttpProblem invalidSubmission(List<Violation> violations) {
        return HttpProblem.builder().withType(INVALID_SUBMISSION).withStatus(422)
                .withTitle("The request body breaks the rules")
                .withDetail(violations.size() + " field(s) break the rules; see violations")
                .with("violations", List.copyOf(violations))
                .build();
    }

    /**
     * 400: parameters that cannot be parsed or are out of range. {@code field} repeats the first
     * parameter's name for clients that read it (report-service answered with {@code field} before the kit).
     */
    public static HttpProblem invalidParameters(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("no violations");
        }
        Violation first = violations.get(0);
        return HttpProblem.builder().withType(INVALID_PARAMETER).withStatus(400)
                .withTitle("Invalid parameter")
                .withDetail(violations.size() == 1 ? first.field() + " " + first.message()
                        : violations.size() + " parameters are invalid; see violations")
                .with("field", first.field())
                .with("violations", List.copyOf(violations))
                .build();
    }

    public static HttpProblem invalidParameter(String name, String message) {
        return invalidParameters(List.of(new Violation(name, message)));
    }

    public static HttpProblem idempotencyKeyReused() {
        return HttpProblem.builder().withType(IDEMPOTENCY_KEY_REUSED).withStatus(422)
                .withTitle("Idempotency-Key already used for a different request")
                .withDetail("The key was already used for a request with another body; use a new key for a new request")
                .with("violations", List.of(new Violation("Idempotency-Key", "already used with a different body")))
                .build();
    }

    public static HttpProblem noClinic() {
        return HttpProblem.builder().withType(NO_CLINIC).withStatus(403)
                .withTitle("The token names no clinic")
                .withDetail("Patient data belongs to a clinic; this token carries no clinic_id claim")
                .build();
    }

    /** 404; {@code what} names the kind of resource, e.g. "assessment" or "exercise 'bridge'". */
    public static HttpProblem notFound(String what) {
        return HttpProblem.builder().withType(NOT_FOUND).withStatus(404)
                .withTitle("Not found")
                .withDetail("No " + what + " found")
                .build();
    }

    public static HttpProblem preconditionFailed(String detail) {
        return HttpProblem.builder().withType(PRECONDITION_FAILED).withStatus(412)
                .withTitle("Precondition Failed").withDetail(detail).build();
    }

    public static HttpProblem preconditionRequired(String detail) {
        return HttpProblem.builder().withType(PRECONDITION_REQUIRED).withStatus(428)
                .withTitle("Precondition Required").withDetail(detail).build();
    }

    public static HttpProblem conflict(String detail) {
        return HttpProblem.builder().withType(CONFLICT).withStatus(409)
                .withTitle("Conflict").withDetail(detail).build();
    }

    public static HttpProblem payloadTooLarge(long maxBytes) {
        return HttpProblem.builder().withType(PAYLOAD_TOO_LARGE).withStatus(413)
                .withTitle("Payload Too Large")
                .withDetail("The request body is larger than " + maxBytes + " bytes.")
                .build();
    }

    public static HttpProblem uriTooLong(int maxBytes) {
        return HttpProblem.builder().withType(URI_TOO_LONG).withStatus(414)
                .withTitle("URI Too Long")
                .withDetail("The request target is longer than " + maxBytes + " bytes.")
                .build();
    }

    /** 429 with {@code Retry-After} in whole seconds (at least 1). */
    public static HttpProblem tooManyRequests(String detail, java.time.Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return HttpProblem.builder().withType(TOO_MANY_REQUESTS).withStatus(429)
                .withTitle("Too Many Requests").withDetail(detail)
                .withHeader("Retry-After", seconds)
                .build();
    }

    /** 503 with {@code Retry-After}: nothing was changed, the same request may be repeated later. */
    public static HttpProblem serviceUnavailable(String detail, int retryAfterSeconds) {
        return HttpProblem.builder().withType(SERVICE_UNAVAILABLE).withStatus(503)
                .withTitle("Service Unavailable").withDetail(detail)
                .withHeader("Retry-After", retryAfterSeconds)
                .build();
    }
}
