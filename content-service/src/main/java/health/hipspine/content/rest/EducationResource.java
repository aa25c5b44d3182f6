package health.hipspine.content.rest;

import health.hipspine.content.domain.ContentKind;
import health.hipspine.content.mapping.ContentMapper;
import health.hipspine.content.repository.CatalogueQuery;
import health.hipspine.content.service.CatalogueService;
import health.hipspine.content.service.ContentEditor;
import health.hipspine.contract.content.EducationView;
import health.hipspine.kit.paging.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static health.hipspine.content.repository.CatalogueQuery.Match.CONTAINS;
import static health.hipspine.content.repository.CatalogueQuery.Match.EQUALS;

/** Short patient-facing topics a clinician can hand out. */
// every read needs a token (the HTTP permission enforces it); declared so the contract says so
@SecurityRequirement(name = "bearerAuth")
@Path("/api/v1/education")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Education", description = "Patient education texts: read (any caller with a token) and edit (content-editor)")
public class EducationResource extends EditableResource {

    public EducationResource(CatalogueService catalogue, Representations representations, ContentMapper mapper,
                             ContentEditor editor) {
        super(catalogue, representations, mapper, editor);
    }

    @Override
    protected ContentKind kind() {
        return ContentKind.EDUCATION;
    }

    @GET
    @Operation(operationId = "listEducation", summary = "List education topics", description = "Filter by audience or by a related condition;"
            + " `q` searches both languages. " + ApiDocs.LANGUAGE + " " + ApiDocs.CACHING)
    @APIResponse(responseCode = "200", description = "One page of topics",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResponseSchemas.EducationPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", description = "Invalid paging parameter")
    @APIResponse(responseCode = "401", description = "No valid token")
    public Uni<Response> list(@QueryParam("audience") String audience,
                         @QueryParam("condition") String condition,
                         @QueryParam("q") String q,
                         @QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired,
                         @Valid @BeanParam PageRequest page,
                         @Context UriInfo uri, @Context HttpHeaders headers) {
        CatalogueQuery query = new CatalogueQuery()
                .where("audience", EQUALS, audience)
                .where("conditionCodes", CONTAINS, condition)
                .text(q).includeRetired(includeRetired).page(page.page(), page.size());
        return representations.respond(uri, headers, language ->
                mapper.page(catalogue.list(ContentKind.EDUCATION, query), language, catalogue.release()));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getEducation", summary = "One education topic", description = ApiDocs.LANGUAGE + " " + ApiDocs.CACHING)
    @APIResponse(responseCode = "200", description = "The topic",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EducationView.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "No topic with this code")
    public Uni<Response> get(@PathParam("code") String code, @Context UriInfo uri, @Context HttpHeaders headers) {
        // The lookup runs only on a cache miss; an unknown code throws 404 and is never cached.
        return representations.respond(uri, headers,
                language -> mapper.present(catalogue.get(ContentKind.EDUCATION, code), language));
    }
}
