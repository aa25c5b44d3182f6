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

    ProcessedEvents processedEvents();

    Regenerate regenerate();

    Incomplete incomplete();

    Render render();

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

    interface ProcessedEvents {
        /**
         * How long a consumed event id is kept. Must be at least the topic's retention (Kafka's default is 7 days):
         * a redelivery can only come from the log. Beyond it, the report's unique assessment id still refuses a
         * second report, so pruning never makes a duplicate.
         */
        @WithDefault("P14D")
        Duration retention();

        /** How often expired ids are deleted (read by the scheduler as {@code ${report.processed-events.prune-every}}). */
        @WithDefault("1h")
        String pruneEvery();
    }

    interface Regenerate {
        /** Regenerations one clinic may start per {@link #window()} (admins, who have no clinic, share one budget). */
        @WithDefault("30")
        int perClinic();

        @WithDefault("PT1H")
        Duration window();
    }

    interface Incomplete {
        /** How often reports rendered without catalogue content are tried again ({@code ${report.incomplete.every}}). */
        @WithDefault("1m")
        String every();

        /** Reports rendered longer ago than this are no longer tried (a code the catalogue never knew stays as it is). */
        @WithDefault("P7D")
        Duration maxAge();
    }

    interface Render {
        /** Threads of the pool API-triggered renders run on (like the consumer's, REPORT_RENDER_CONCURRENCY). */
        @WithDefault("4")
        int concurrency();

        /** Renders that may wait for a thread; beyond that a request is refused at once. */
        @WithDefault("100")
        int queue();
    }
}
