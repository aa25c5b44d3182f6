package health.hipspine.assessment.content;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The content service as the exercise planner needs it, cached for a few minutes: content changes
 * by release, not by request, and a cache hit costs no network call and no fault-tolerance
 * machinery. Only successful answers are cached. The caller's own bearer token is propagated:
 * content is readable by every role, and the content service then sees the real caller.
 */
@ApplicationScoped
public class ContentCatalogue {

    static final Duration CACHE_FOR = Duration.ofMinutes(5);

    @Inject
    ContentServiceCalls calls;

    Clock clock = Clock.systemUTC();

    private record Cached(JsonNode value, Instant until) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** The content release name; throws when the content service cannot answer. */
    public String release(String authorization) {
        return cached("release", () -> calls.release(authorization)).path("release").asText("unavailable");
    }

    /** The condition, or a missing node when the catalogue does not know the code. */
    public JsonNode condition(String code, String authorization) {
        return cached("condition:" + code, () -> calls.condition(code, authorization));
    }

    /** The exercises serving a condition ({@code items}), or a missing node for an unknown code. */
    public JsonNode exercisesFor(String code, String authorization) {
        return cached("exercises:" + code, () -> calls.exercisesFor(code, authorization));
    }

    private JsonNode cached(String key, Supplier<JsonNode> load) {
        Instant now = clock.instant();
        Cached hit = cache.get(key);
        if (hit != null && hit.until().isAfter(now)) {
            return hit.value();
        }
        JsonNode value = load.get();
        cache.put(key, new Cached(value, now.plus(CACHE_FOR)));
        return value;
    }

    /** Forgets cached content (tests, or after a content release). */
    public void clear() {
        cache.clear();
    }
}
