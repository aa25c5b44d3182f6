package health.hipspine.content;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/** Temporary skeleton endpoint; the catalogue replaces it. */
@Path("/api/v1/release")
public class ReleaseResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The content release this service serves")
    public Map<String, String> release() {
        return Map.of("release", "skeleton");
    }
}
