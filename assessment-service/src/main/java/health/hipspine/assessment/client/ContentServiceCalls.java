package health.hipspine.assessment.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls to the content service with a short timeout, one retry and a circuit breaker that stops
 * waiting on a service that is down (4 calls, half failed: open for 10 s). A 404 is an answer
 * (unknown code), not a failure: it comes back as a missing node and never opens the circuit.
 */
@ApplicationScoped
public class ContentServiceCalls {

    private final ContentServiceApi api;

    @Inject
    public ContentServiceCalls(@RestClient ContentServiceApi api) {
        this.api = api;
    }

    @Timeout(1000)
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    public JsonNode release(String authorization) {
        return api.release(authorization);
    }

    @Timeout(1000)
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    public JsonNode condition(String code, String authorization) {
        return orMissing(() -> api.condition(code, authorization));
    }

    @Timeout(1000)
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    public JsonNode exercisesFor(String code, String authorization) {
        return orMissing(() -> api.exercisesFor(code, 100, authorization));
    }

    private static JsonNode orMissing(java.util.function.Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return MissingNode.getInstance();
            }
            throw e;
        }
    }
}
