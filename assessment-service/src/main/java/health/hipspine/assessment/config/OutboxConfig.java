package health.hipspine.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The outbox relay and its health checks ({@code assessment.outbox.*}). */
@ConfigMapping(prefix = "assessment.outbox")
public interface OutboxConfig {

    Relay relay();

    /** Oldest unsent age at which the wellness check goes DOWN. */
    @WithDefault("PT30S")
    Duration staleAfter();

    interface Relay {
        @WithDefault("true")
        boolean enabled();

        /** Poll when not woken by a commit. */
        @WithDefault("PT0.5S")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** How long one send may wait for the broker before the row is left for the next round. */
        @WithDefault("PT30S")
        Duration deliveryTimeout();
    }
}
