package health.hipspine.model;

/**
 * One recorded finding.
 *
 * @param code  a code from the finding catalogue
 * @param value a {@link Boolean} or a {@link Number}, as the catalogue defines the code
 * @param side  left, right or bilateral where the catalogue says a side applies; null otherwise
 */
public record Finding(String code, Object value, Side side) {

    public static Finding positive(String code) {
        return new Finding(code, Boolean.TRUE, null);
    }

    public static Finding negative(String code) {
        return new Finding(code, Boolean.FALSE, null);
    }

    public static Finding number(String code, Number value) {
        return new Finding(code, value, null);
    }

    public Finding withSide(Side newSide) {
        return new Finding(code, value, newSide);
    }
}
