package health.hipspine.assessment.health;

import health.hipspine.assessment.config.OutboxConfig;
import health.hipspine.assessment.repository.OutboxRepository;
import io.smallrye.health.api.Wellness;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

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

    /** The outbox and its staleness limit, shared by both checks; only the readiness flag differs. */
    abstract static class Check implements HealthCheck {
        private final OutboxRepository outbox;
        private final Duration staleAfter;
        private final boolean readiness;

        Check(OutboxRepository outbox, OutboxConfig config, boolean readiness) {
            this.outbox = outbox;
            this.staleAfter = config.staleAfter();
            this.readiness = readiness;
        }

        @Override
        public HealthCheckResponse call() {
            OutboxRepository.Backlog backlog = outbox.backlogOfAllClinics(Instant.now());
            boolean stale = backlog.oldestAge().compareTo(staleAfter) > 0;
            return HealthCheckResponse.named("assessment-event-relay")
                    .status(readiness || !stale)
                    .withData("state", stale ? "DEGRADED" : "OK")
                    .withData("unsentEvents", backlog.unsent())
                    .withData("oldestUnsentSeconds", backlog.oldestAge().toSeconds())
                    .withData("parkedEvents", backlog.parked())
                    .build();
        }
    }

    @Readiness
    @Singleton
    public static class Ready extends Check {
        public Ready(OutboxRepository outbox, OutboxConfig config) {
            super(outbox, config, true);
        }
    }

    @Wellness
    @Singleton
    public static class Well extends Check {
        public Well(OutboxRepository outbox, OutboxConfig config) {
            super(outbox, config, false);
        }
    }
}
