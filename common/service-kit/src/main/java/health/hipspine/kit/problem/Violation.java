package health.hipspine.kit.problem;

/**
 * One broken rule: {@code field} is a JSON path into the body ({@code findings[2].value}), a query, path
 * or header parameter's name ({@code size}, {@code Idempotency-Key}), or "" for the body as a whole.
 */
public record Violation(String field, String message) {
}
