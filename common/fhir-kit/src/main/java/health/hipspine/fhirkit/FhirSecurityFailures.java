package health.hipspine.fhirkit;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A missing or rejected token is refused by Quarkus' HTTP security before any JAX-RS code runs (proactive
 * authentication), with an empty 401 body. On /fhir/** that refusal must be an OperationOutcome too: this route
 * failure handler (the way Quarkus documents for customising proactive-authentication failures) writes one,
 * keeping the Bearer challenge. Every other path keeps Quarkus' handling.
 */
@ApplicationScoped
public class FhirSecurityFailures {

    private final FhirContext fhir;

    public FhirSecurityFailures(FhirContext fhir) {
        this.fhir = fhir;
    }

    void register(@Observes Router router) {
        router.route(FhirMedia.PATH_PREFIX + "*").failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        Throwable failure = context.failure();
        int status;
        if (failure instanceof AuthenticationException || failure instanceof UnauthorizedException) {
            status = 401;
        } else if (failure instanceof ForbiddenException) {
            status = 403;
        } else {
            context.next();
            return;
        }
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        if (status == 401) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
        }
        String body = fhir.newJsonParser().encodeResourceToString(OperationOutcomes.of(status,
                status == 401 ? "A valid bearer token is required" : "Not allowed"));
        context.response().setStatusCode(status).putHeader("Content-Type", FhirMedia.FHIR_JSON + ";charset=UTF-8").end(body);
    }
}
