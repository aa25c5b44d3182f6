package health.hipspine.assessment.rest;

import health.hipspine.assessment.config.ConsoleConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Tells the clinician console (plain static files, no build step) where Keycloak and the services are, so the same
 * files work on the fixed dev ports, on the test stack's free ports and in a deployment. Open (the permission
 * policy permits /console/*): it holds addresses only, no secret, and the page needs it before anyone signs in.
 */
@Path("/console/config.json")
public class ConsoleConfigResource {

    /** The console's view of the suite; {@code assessmentServiceUrl} is empty: the page's own origin. */
    public record Config(String oidcUrl, String clientId, String assessmentServiceUrl, String contentServiceUrl,
                         String reportServiceUrl) {
    }

    private final ConsoleConfig config;

    public ConsoleConfigResource(ConsoleConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    // not part of the API contract (docs/openapi): a detail of the console served by this service
    @Operation(hidden = true)
    public Config get() {
        return new Config(config.oidcUrl(), config.clientId(), "", trim(config.contentServiceUrl()),
                trim(config.reportServiceUrl()));
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
