package health.hipspine.report.service;

import health.hipspine.report.config.ReportConfig;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.faulttolerance.api.RateLimitException;
import io.smallrye.faulttolerance.api.RateLimitType;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Regeneration renders a PDF on demand, so each clinic has a budget ({@code report.regenerate.per-clinic} per
 * {@code report.regenerate.window}): one clinic's script cannot starve the renderers for everyone. SmallRye Fault
 * Tolerance's {@code @RateLimit} keeps one budget per method; its programmatic {@link Guard} with the same rate
 * limiter is created here once per clinic (a handful of clinics: the map stays small).
 */
@ApplicationScoped
public class RegenerationBudget {

    /** The clinic's budget is spent; {@link #retryAfter()} says when a permit frees up. */
    public static class Exhausted extends RuntimeException {
        private final Duration retryAfter;

        Exhausted(Duration retryAfter) {
            super("regeneration budget spent", null, false, false);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** The budget key of callers without a clinic (admins). */
    static final String ADMINS = "";

    private final Map<String, Guard> budgets = new ConcurrentHashMap<>();
    private final int perClinic;
    private final Duration window;

    public RegenerationBudget(ReportConfig config) {
        this.perClinic = config.regenerate().perClinic();
        this.window = config.regenerate().window();
    }

    /** Takes one permit of the clinic's budget, or throws {@link Exhausted}. */
    public void spend(String clinic) {
        Guard guard = budgets.computeIfAbsent(clinic == null ? ADMINS : clinic, key -> Guard.create()
                .withDescription("regeneration budget")
                .withRateLimit().limit(perClinic).window(window.toMillis(), ChronoUnit.MILLIS).type(RateLimitType.ROLLING).done()
                .build());
        try {
            guard.get(() -> Boolean.TRUE, Boolean.class);
        } catch (RateLimitException e) {
            throw new Exhausted(Duration.ofMillis(Math.max(e.getRetryAfterMillis(), 1)));
        }
    }
}
