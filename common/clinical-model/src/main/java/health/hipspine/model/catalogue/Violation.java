package health.hipspine.model.catalogue;

/**
 * One reason an input cannot be scored.
 *
 * @param path    the failing field, e.g. {@code findings[3].value} or {@code questionnaires.odi[2]}
 * @param kind    a stable machine-readable kind
 * @param message a human-readable message (English)
 */
public record Violation(String path, Kind kind, String message) {

    public enum Kind {
        REQUIRED, UNKNOWN_CODE, WRONG_TYPE, OUT_OF_RANGE, SIDE_NOT_APPLICABLE, INVALID_SIDE, DUPLICATE, WRONG_SIZE
    }
}
