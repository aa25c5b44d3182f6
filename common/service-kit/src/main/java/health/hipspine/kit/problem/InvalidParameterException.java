package health.hipspine.kit.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A query, path or header parameter that cannot be converted. A {@code WebApplicationException}, so
 * Quarkus REST passes it through unchanged instead of turning the failed conversion into a 404.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String reason;

    public InvalidParameterException(String parameter, String reason) {
        super(parameter + " " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
