package health.hipspine.model;

/**
 * A finding as it arrives on the wire, side still a string. Validate it with
 * {@code FindingCatalogue.validateRaw}; a valid one converts with {@link #toFinding()}.
 */
public record RawFinding(String code, Object value, String side) {

    public Finding toFinding() {
        return new Finding(code, value, Side.fromWire(side));
    }
}
