package health.hipspine.assessment.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content service as this service needs it: short timeouts, one retry, a circuit breaker that
 * stops waiting on a service that is down, and a short cache (content changes by release, not by
 * request). The caller's own bearer token is propagated: content is readable by every role, and the
 * content service's audit then names the real user.
 */
@ApplicationScoped
public class ContentCatalogue {

    static final Duration CACHE_FOR = Duration.ofMinutes(5);

    @Inject
    @RestClient
    ContentServiceApi api;

    Clock clock = Clock.systemUTC();

    private record Cached(JsonNode value, Instant until) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** The content release name; throws when the content service cannot answer. */
    @Timeout(1000)
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    public String release(String authorization) {
        return cached("release", () -> api.release(authorization)).path("release").asText("unavailable");
    }

    /** The condition, or a missing node when the catalogue does not know the code (404). */
    @Timeout(1000)
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    public JsonNode condition(String code, String authorization) {
        return cached("condition:" + code, () -> orMissing(() -> api.condition(code, authorization)));
    }

    /** The exercises serving a condition ({@code items}), or a missing node for an unknown code. */
    @Timeout(1000)
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    public JsonNode exercisesFor(String code, String authorization) {
        return cached("exercises:" + code, () -> orMissing(() -> api.exercisesFor(code, 100, authorization)));
    }

    private JsonNode cached(String key, java.util.function.Supplier<JsonNode> load) {
        Instant now = clock.instant();
        Cached hit = cache.get(key);
        if (hit != null && hit.until().isAfter(now)) {
            return hit.value();
        }
        JsonNode value = load.get();
        cache.put(key, new Cached(value, now.plus(CACHE_FOR)));
        return value;
    }

    /** A 404 is an answer (unknown code), not a failure: it must not open the circuit. */
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

    /** Forgets cached content (tests, or after a content release). */
    public void clear() {
        cache.clear();
    }
}
