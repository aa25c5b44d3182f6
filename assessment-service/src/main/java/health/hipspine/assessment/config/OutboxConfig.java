package health.hipspine.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The outbox relay, its health checks and retention ({@code assessment.outbox.*}). */
@ConfigMapping(prefix = "assessment.outbox")
public interface OutboxConfig {

    Relay relay();

    Retention retention();

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

        /**
         * How long a relay owns the rows it leased. Must outlast a whole round (a blocked send, the delivery
         * timeout and the wait for acknowledgements); after it, another relay may send them again.
         */
        @WithDefault("PT1M")
        Duration lease();

        /** Permanent failures (Kafka refuses the record itself) after which a row is parked for an admin. */
        @WithDefault("5")
        int maxFailures();
    }

    /** Deletes sent rows and idempotency keys by age, in batches, on a schedule. */
    interface Retention {
        /** How often the job runs (a Quarkus scheduler interval). */
        @WithDefault("1h")
        String every();

        /** Sent outbox rows are kept this long (for tracing a delivery), then deleted. Parked rows are never deleted. */
        @WithDefault("P7D")
        Duration sentEvents();

        /** An Idempotency-Key replays its first answer at least this long, then it is deleted. */
        @WithDefault("PT24H")
        Duration idempotencyKeys();

        /** Rows deleted per transaction: short transactions, no long locks. */
        @WithDefault("1000")
        int batchSize();
    }
}
