package health.hipspine.assessment.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import io.smallrye.health.api.Wellness;

import java.time.Duration;
import java.time.Instant;

/**
 * How far the event relay lags. A stale backlog means Kafka (or the relay) is away: events are safe
 * in the outbox and POST keeps working, so readiness stays UP (taking the pod out of service would
 * turn a Kafka outage into an API outage) and reports {@code state=DEGRADED}; the wellness check
 * (/q/health/well) reports DOWN so monitoring can alert.
 */
public final class EventRelayHealth {

    private EventRelayHealth() {
    }

    static HealthCheckResponse check(Outbox outbox, Duration staleAfter, boolean readiness) {
        Outbox.Backlog backlog = outbox.backlog(Instant.now());
        boolean stale = backlog.oldestAge().compareTo(staleAfter) > 0;
        return HealthCheckResponse.named("assessment-event-relay")
                .status(readiness || !stale)
                .withData("state", stale ? "DEGRADED" : "OK")
                .withData("unsentEvents", backlog.unsent())
                .withData("oldestUnsentSeconds", backlog.oldestAge().toSeconds())
                .build();
    }

    /** The outbox and its staleness limit, shared by both checks. */
    abstract static class Check implements HealthCheck {
        @Inject
        Outbox outbox;

        @ConfigProperty(name = "assessment.outbox.stale-after", defaultValue = "PT30S")
        Duration staleAfter;
    }

    @Readiness
    @ApplicationScoped
    public static class Ready extends Check {
        @Override
        public HealthCheckResponse call() {
            return check(outbox, staleAfter, true);
        }
    }

    @Wellness
    @ApplicationScoped
    public static class Well extends Check {
        @Override
        public HealthCheckResponse call() {
            return check(outbox, staleAfter, false);
        }
    }
}
