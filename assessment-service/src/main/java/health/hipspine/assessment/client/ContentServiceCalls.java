package health.hipspine.assessment.client;

import health.hipspine.contract.content.ConditionView;
import health.hipspine.contract.content.ContentPage;
import health.hipspine.contract.content.ExerciseView;
import health.hipspine.contract.content.ReleaseView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Optional;

/**
 * Calls to the content service with a short timeout, one retry and a circuit breaker that stops
 * waiting on a service that is down (4 calls, half failed: open for 10 s). A 404 is an answer
 * (unknown code), not a failure: it comes back empty (no condition, an empty page) and never opens the circuit.
 * Without a caller's token (a CDS Hooks call) the service's own token is sent ({@link ServiceIdentity}).
 */
@ApplicationScoped
public class ContentServiceCalls {

    private final ContentServiceApi api;
    private final ServiceIdentity identity;

    @Inject
    public ContentServiceCalls(@RestClient ContentServiceApi api, ServiceIdentity identity) {
        this.api = api;
        this.identity = identity;
    }

    @Timeout(1000)
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    public ReleaseView release(String authorization) {
        return api.release(identity.authorization(authorization));
    }

    @Timeout(1000)
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    public Optional<ConditionView> condition(String code, String language, String authorization) {
        return Optional.ofNullable(orNull(() -> api.condition(code, identity.authorization(authorization), language)));
    }

    @Timeout(1000)
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    public ContentPage<ExerciseView> exercisesFor(String code, String language, String authorization) {
        ContentPage<ExerciseView> page = orNull(() -> api.exercisesFor(code, 100, identity.authorization(authorization), language));
        return page == null ? ContentPage.empty() : page;
    }

    private static <T> T orNull(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return null;
            }
            throw e;
        }
    }
}
