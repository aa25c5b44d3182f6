package health.hipspine.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The service's own settings ({@code report.*} in application.properties). */
@ConfigMapping(prefix = "report")
public interface ReportConfig {

    DeadLetter deadLetter();

    Content content();

    Sweeper sweeper();

    interface DeadLetter {
        /** Where the connector writes records it gave up on. */
        @WithDefault("assessment-events.dlq")
        String topic();
    }

    interface Content {
        /** After a failed call the whole catalogue counts as down this long: one slow call, not one per code. */
        @WithDefault("PT30S")
        Duration missTtl();
    }

    interface Sweeper {
        /** How often reports left PENDING are looked for (read by the scheduler as {@code ${report.sweeper.every}}). */
        @WithDefault("15s")
        String every();
    }
}
