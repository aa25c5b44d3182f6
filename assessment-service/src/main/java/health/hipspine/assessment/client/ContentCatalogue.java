package health.hipspine.assessment.client;

import health.hipspine.contract.content.ConditionView;
import health.hipspine.contract.content.ContentPage;
import health.hipspine.contract.content.ExerciseView;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheKeyGenerator;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The content service as the exercise planner needs it, cached (quarkus-cache, expiry in
 * application.properties): content changes by release, not by request, and a cache hit costs no
 * network call and no fault-tolerance machinery. Only successful answers are cached (a thrown
 * failure is not). The caller's own bearer token is propagated but is not part of the key: content
 * is the same for every role.
 */
@ApplicationScoped
public class ContentCatalogue {

    // one cache per kind of answer, so a condition code and an exercise list of the same code never collide
    static final String RELEASE = "content-release";
    static final String CONDITIONS = "content-conditions";
    static final String EXERCISES = "content-exercises";

    private final ContentServiceCalls calls;

    public ContentCatalogue(ContentServiceCalls calls) {
        this.calls = calls;
    }

    /** The content release name; throws when the content service cannot answer. */
    @CacheResult(cacheName = RELEASE, keyGenerator = ReleaseKey.class)
    public String release(String authorization) {
        String release = calls.release(authorization).release();
        return release == null ? "unavailable" : release;
    }

    /** The condition with its texts in {@code language} (en, es), or empty when the catalogue does not know the code. */
    @CacheResult(cacheName = CONDITIONS)
    public Optional<ConditionView> condition(@CacheKey String code, @CacheKey String language, String authorization) {
        return calls.condition(code, language, authorization);
    }

    /** The exercises serving a condition, texts in {@code language} (en, es); an empty page for an unknown code. */
    @CacheResult(cacheName = EXERCISES)
    public ContentPage<ExerciseView> exercisesFor(@CacheKey String code, @CacheKey String language, String authorization) {
        return calls.exercisesFor(code, language, authorization);
    }

    /** One key for the release, whoever asks (the token is not part of it). */
    public static class ReleaseKey implements CacheKeyGenerator {
        @Override
        public Object generate(Method method, Object... methodParams) {
            return "release";
        }
    }
}
