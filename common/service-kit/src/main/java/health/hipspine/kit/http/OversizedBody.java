package health.hipspine.kit.http;

import health.hipspine.kit.problem.Problems;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In every service (found by fuzzing content and report, issue #12): answers a declared body over the limit with a 413 problem detail instead of the server's empty 413.
 * Runs before Quarkus's own limit check; a chunked body without Content-Length still gets that plain 413.
 */
@ApplicationScoped
public class OversizedBody {

    private final MemorySize limit;

    public OversizedBody(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit;
    }

    void install(@Observes Router router) {
        long max = limit.asLongValue();
        router.route().order(-1000).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > max) {
                ctx.response().setStatusCode(413)
                        .putHeader("Content-Type", "application/problem+json")
                        .putHeader("Connection", "close")
                        .end("{\"type\":\"" + Problems.PAYLOAD_TOO_LARGE + "\",\"title\":\"Payload Too Large\",\"status\":413,"
                                + "\"detail\":\"The request body is larger than " + max + " bytes.\"}");
                return;
            }
            ctx.next();
        });
    }
}
