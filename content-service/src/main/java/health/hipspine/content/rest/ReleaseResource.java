package health.hipspine.content.rest;

import health.hipspine.content.service.CatalogueService;
import health.hipspine.contract.content.ReleaseView;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which content this service serves: other services stamp it on their results. */
// every read needs a token (the HTTP permission enforces it); declared so the contract says so
@SecurityRequirement(name = "bearerAuth")
@Path("/api/v1/release")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Release", description = "The content release the catalogue serves")
public class ReleaseResource {

    private final CatalogueService catalogue;
    private final Representations representations;
    private final ObjectMapper json;

    public ReleaseResource(CatalogueService catalogue, Representations representations, ObjectMapper json) {
        this.catalogue = catalogue;
        this.representations = representations;
        this.json = json;
    }

    @GET
    @Operation(operationId = "getRelease", summary = "The content release this service serves",
            description = "`release` names the imported release files; an editor's change after the import"
                    + " raises that record's `version`, not the release.")
    @APIResponse(responseCode = "200", description = "The release", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ReleaseView.class), examples = @ExampleObject(name = "release", value = "{\"release\":\"2026.11.0\",\"language\":\"en\"}")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "401", description = "No valid token")
    public Uni<Response> release(@Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.respond(uri, headers, language -> {
            ObjectNode out = json.createObjectNode();
            out.put("release", catalogue.release());
            out.put("language", language.tag);
            return out;
        });
    }
}
