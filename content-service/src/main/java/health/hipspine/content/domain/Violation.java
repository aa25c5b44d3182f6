package health.hipspine.content.domain;

/** One failed rule: the JSON path of the field (e.g. {@code steps.es[2]}) and what is wrong with it. */
public record Violation(String field, String message) {
}
