package health.hipspine.report.client;

import health.hipspine.report.config.ReportConfig;
import io.quarkus.cache.CacheResult;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Exercise and finding texts, and exercise pictures, from the content service. A failure becomes "not available", never an
 * exception, so a report is still produced when the catalogue is down; after a failure the whole catalogue
 * counts as down for {@code report.content.miss-ttl}, so a down catalogue costs one slow call, not one per code.
 * Answers (including "unknown code") are cached by {@link Remote} (quarkus-cache: {@code content-exercises},
 * {@code content-findings}, {@code content-pictures}; expiry in application.properties). A picture that cannot be
 * fetched only leaves the exercise without it: the text is what a report cannot do without.
 */
@ApplicationScoped
public class ContentCatalogue implements ContentLookup {

    private final Remote remote;
    private final Duration missTtl;
    private volatile Instant unavailableUntil = Instant.MIN;

    public ContentCatalogue(Remote remote, ReportConfig config) {
        this.remote = remote;
        this.missTtl = config.content().missTtl();
    }

    @Override
    public Optional<ExerciseDetails> exercise(String code, String language) {
        return available(() -> remote.exercise(code, language)).map(this::withPicture);
    }

    private ExerciseDetails withPicture(ExerciseDetails exercise) {
        if (!exercise.hasPicture()) {
            return exercise;
        }
        try {
            return remote.picture(exercise.code()).map(exercise::withImage).orElse(exercise);
        } catch (RuntimeException e) {
            Log.debugf("exercise picture unavailable: %s", e.getClass().getName());
            return exercise;
        }
    }

    @Override
    public Optional<String> findingName(String code, String language) {
        return available(() -> remote.findingName(code, language));
    }

    private <T> Optional<T> available(Supplier<Optional<T>> call) {
        Instant now = Instant.now();
        if (now.isBefore(unavailableUntil)) {
            return Optional.empty();
        }
        try {
            return call.get();
        } catch (RuntimeException e) {
            Log.debugf("content catalogue unavailable: %s", e.getClass().getName());
            unavailableUntil = now.plus(missTtl);
            return Optional.empty();
        }
    }

    /**
     * The cached, fault-tolerant remote calls (a separate bean so the interceptors apply). Failures are not
     * cached; an open circuit is not retried: while the catalogue is down a look-up must cost nothing.
     */
    @ApplicationScoped
    public static class Remote {

        private final ContentApi api;

        public Remote(@RestClient ContentApi api) {
            this.api = api;
        }

        @CacheResult(cacheName = "content-exercises")
        @Timeout(1500)
        @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.8, delay = 15000)
        public Optional<ExerciseDetails> exercise(String code, String language) {
            return unknownAsEmpty(() -> api.exercise(code, language)).map(ExerciseDetails::of);
        }

        @CacheResult(cacheName = "content-pictures")
        @Timeout(1500)
        @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.8, delay = 15000)
        public Optional<String> picture(String code) {
            return unknownAsEmpty(() -> api.exerciseImage(code)).filter(svg -> !svg.isBlank());
        }

        @CacheResult(cacheName = "content-findings")
        @Timeout(1500)
        @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.8, delay = 15000)
        public Optional<String> findingName(String code, String language) {
            return unknownAsEmpty(() -> api.finding(code, language)).map(FindingName::name)
                    .filter(name -> !name.isBlank());
        }

        /** A code the catalogue does not know (404) is an answer, not a failure: no retry, no open circuit. */
        private static <T> Optional<T> unknownAsEmpty(Supplier<T> call) {
            try {
                return Optional.ofNullable(call.get());
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        }
    }
}
