package health.hipspine.report.content;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Exercise and finding texts from the content service: cached (content changes by release, not by minute),
 * each call with a timeout, a retry and a circuit breaker. A failure becomes "not available", never an
 * exception, so a report is still produced when the catalogue is down; misses are remembered briefly so a
 * down catalogue does not slow every render.
 */
@ApplicationScoped
public class ContentCatalogue implements ContentLookup {

    private record Cached(Optional<?> value, Instant expires) {
    }

    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();
    /** After a failed call the whole catalogue counts as down for {@code missTtl}: one slow call, not one per code. */
    private volatile Instant unavailableUntil = Instant.MIN;
    private final Clock clock = Clock.systemUTC();

    @Inject
    Remote remote;

    @ConfigProperty(name = "report.content.cache-ttl", defaultValue = "PT10M")
    Duration ttl;

    @ConfigProperty(name = "report.content.miss-ttl", defaultValue = "PT30S")
    Duration missTtl;

    @Override
    public Optional<ExerciseDetails> exercise(String code, String language) {
        return cached("exercise:" + language + ":" + code, () -> remote.exercise(code, language));
    }

    @Override
    public Optional<String> findingName(String code, String language) {
        return cached("finding:" + language + ":" + code, () -> {
            JsonNode node = remote.finding(code, language);
            JsonNode name = node == null ? null : node.get("name");
            return name == null || name.asText().isBlank() ? null : name.asText();
        });
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> cached(String key, Supplier<T> fetch) {
        Instant now = clock.instant();
        Cached hit = cache.get(key);
        if (hit != null && hit.expires().isAfter(now)) {
            return (Optional<T>) hit.value();
        }
        if (now.isBefore(unavailableUntil)) {
            return Optional.empty();
        }
        Optional<T> value;
        try {
            value = Optional.ofNullable(fetch.get());
        } catch (RuntimeException e) {
            Log.debugf("content catalogue unavailable: %s", e.getClass().getName());
            unavailableUntil = now.plus(missTtl);
            return Optional.empty();
        }
        // a 404 (unknown code) is remembered as briefly as a failure: the catalogue may gain it in a release
        cache.put(key, new Cached(value, now.plus(value.isPresent() ? ttl : missTtl)));
        return value;
    }

    /**
     * The fault-tolerant remote calls (a separate bean so the interceptors apply). An open circuit is not
     * retried: while the catalogue is down a look-up must cost nothing, not 200 ms of back-off.
     */
    @ApplicationScoped
    public static class Remote {

        @Inject
        @RestClient
        ContentApi api;

        @Timeout(1500)
        @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.8, delay = 15000)
        public ExerciseDetails exercise(String code, String language) {
            return nullIfUnknown(() -> api.exercise(code, language));
        }

        @Timeout(1500)
        @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.8, delay = 15000)
        public JsonNode finding(String code, String language) {
            return nullIfUnknown(() -> api.finding(code, language));
        }

        /** A code the catalogue does not know (404) is an answer, not a failure: no retry, no open circuit. */
        private static <T> T nullIfUnknown(java.util.function.Supplier<T> call) {
            try {
                return call.get();
            } catch (jakarta.ws.rs.WebApplicationException e) {
                if (e.getResponse().getStatus() == 404) {
                    return null;
                }
                throw e;
            }
        }
    }
}
