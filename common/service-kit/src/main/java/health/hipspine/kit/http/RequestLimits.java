package health.hipspine.kit.http;

import health.hipspine.kit.problem.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In every service (found by fuzzing, issue #12): a request over a limit gets a problem detail, not the server's
 * empty answer. Runs first on the router, before authentication and before the body is read.
 * <ul>
 *   <li>a declared body ({@code Content-Length}) over {@code quarkus.http.limits.max-body-size}: 413
 *       {@code payload-too-large} (a chunked body without {@code Content-Length} still gets Quarkus's plain 413);</li>
 *   <li>a request target (path and query) over {@code hipspine.http.max-uri-length} (4096 bytes, Netty's former line
 *       limit): 414 {@code uri-too-long}. Vert.x answers a request line over
 *       {@code quarkus.http.limits.max-initial-line-length} with an empty 414 before any handler runs, and Quarkus
 *       offers no hook for it (quarkusio/quarkus#55082), so the kit raises that limit to 64 KiB
 *       ({@code META-INF/microprofile-config.properties}) and answers here; only a line over 64 KiB stays empty.</li>
 * </ul>
 * Both close the connection: the unread body would otherwise be taken for the next request.
 */
@ApplicationScoped
public class RequestLimits {

    private final long maxBody;
    private final int maxUri;

    public RequestLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
                         @ConfigProperty(name = "hipspine.http.max-uri-length", defaultValue = "4096") int maxUri) {
        this.maxBody = maxBody.asLongValue();
        this.maxUri = maxUri;
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(ctx -> {
            if (ctx.request().uri().length() > maxUri) {
                refuse(ctx, Problems.uriTooLong(maxUri));
                return;
            }
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > maxBody) {
                refuse(ctx, Problems.payloadTooLarge(maxBody));
                return;
            }
            ctx.next();
        });
    }

    private static void refuse(RoutingContext ctx, HttpProblem problem) {
        boolean fhir = ctx.request().path() != null && ctx.request().path().startsWith("/fhir/");
        // FHIR clients expect an OperationOutcome on /fhir/ (docs/fhir.md); this runs before fhir-kit's error filter
        // could, and the kit has no HAPI, so the one fixed shape (issue type too-long) is written here
        JsonObject body = fhir
                ? new JsonObject().put("resourceType", "OperationOutcome").put("issue", new JsonArray().add(new JsonObject()
                        .put("severity", "error").put("code", "too-long").put("diagnostics", problem.getDetail())))
                : new JsonObject().put("type", problem.getType().toString()).put("title", problem.getTitle())
                        .put("status", problem.getStatusCode()).put("detail", problem.getDetail());
        ctx.response().setStatusCode(problem.getStatusCode())
                .putHeader("Content-Type", fhir ? "application/fhir+json" : "application/problem+json")
                .putHeader("Connection", "close")
                .end(body.encode());
    }
}
