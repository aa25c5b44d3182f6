package health.hipspine.content.rest;

import health.hipspine.content.domain.ContentKind;
import health.hipspine.content.mapping.ContentMapper;
import health.hipspine.content.repository.CatalogueQuery;
import health.hipspine.content.service.CatalogueService;
import health.hipspine.content.service.ContentEditor;
import health.hipspine.contract.content.ConditionView;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static health.hipspine.content.repository.CatalogueQuery.Match.CONTAINS;
import static health.hipspine.content.repository.CatalogueQuery.Match.EQUALS;

// every read needs a token (the HTTP permission enforces it); declared so the contract says so
@SecurityRequirement(name = "bearerAuth")
@Path("/api/v1/conditions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conditions", description = "Conditions of the hip, lumbar spine and sacroiliac joint: read (any caller with a token) and edit (content-editor)")
public class ConditionResource extends EditableResource {

    public ConditionResource(CatalogueService catalogue, Representations representations, ContentMapper mapper,
                             ContentEditor editor) {
        super(catalogue, representations, mapper, editor);
    }

    @Override
    protected ContentKind kind() {
        return ContentKind.CONDITION;
    }

    @GET
    @Operation(operationId = "listConditions", summary = "List conditions", description = "Filter by region (hip, lumbar, sacroiliac, pelvic,"
            + " mixed), by a helpful exercise category, by a finding code that distinguishes the condition, or"
            + " serious=true for the serious pathologies a red-flag screen looks for. ICD-10-CM and SNOMED CT"
            + " codes are given only where a correct code exists; otherwise the arrays are empty and"
            + " `mappingNote` says why. " + ApiDocs.LANGUAGE + " " + ApiDocs.CACHING)
    @APIResponse(responseCode = "200", description = "One page of conditions",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResponseSchemas.ConditionPage.class), examples = @ExampleObject(name = "page", value = ApiDocs.LIST_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", description = "Invalid paging parameter")
    @APIResponse(responseCode = "401", description = "No valid token")
    public Uni<Response> list(@QueryParam("region") String region,
                         @QueryParam("category") String category,
                         @QueryParam("finding") String finding,
                         @QueryParam("serious") Boolean serious,
                         @QueryParam("q") String q,
                         @QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired,
                         @Valid @BeanParam PageRequest page,
                         @Context UriInfo uri, @Context HttpHeaders headers) {
        CatalogueQuery query = new CatalogueQuery()
                .where("region", EQUALS, region)
                .where("helpfulExerciseCategories", CONTAINS, category)
                .where("distinguishingFindings", CONTAINS, finding)
                .where("serious", CatalogueQuery.Match.BOOLEAN_EQUALS, serious == null ? null : serious.toString())
                .text(q).includeRetired(includeRetired).page(page.page(), page.size());
        return representations.respond(uri, headers, language ->
                mapper.page(catalogue.list(ContentKind.CONDITION, query), language, catalogue.release()));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getCondition", summary = "One condition", description = ApiDocs.LANGUAGE + " " + ApiDocs.CACHING)
    @APIResponse(responseCode = "200", description = "The condition",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ConditionView.class), examples = @ExampleObject(name = "stenosis", value = ApiDocs.CONDITION_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "No condition with this code")
    public Uni<Response> get(@PathParam("code") String code, @Context UriInfo uri, @Context HttpHeaders headers) {
        // The lookup runs only on a cache miss; an unknown code throws 404 and is never cached.
        return representations.respond(uri, headers,
                language -> mapper.present(catalogue.get(ContentKind.CONDITION, code), language));
    }

    @GET
    @Path("/{code}/exercises")
    @Operation(operationId = "listConditionExercises", summary = "Exercises that serve a condition", description = "Active exercises whose conditionCodes"
            + " name this condition, minus the condition's exercisesToAvoid; optional category and difficulty"
            + " filters. " + ApiDocs.LANGUAGE)
    @APIResponse(responseCode = "200", description = "One page of exercises",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResponseSchemas.ExercisePage.class), examples = @ExampleObject(name = "page", value = ApiDocs.LIST_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "No condition with this code")
    public Uni<Response> exercises(@PathParam("code") String code,
                              @QueryParam("category") String category,
                              @QueryParam("difficulty") @Min(1) @Max(5) Integer difficulty,
                              @Valid @BeanParam PageRequest page,
                              @Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.respond(uri, headers, language -> {
            CatalogueQuery query = new CatalogueQuery()
                    .where("category", EQUALS, category)
                    .where("difficulty", difficulty)
                    .page(page.page(), page.size());
            return mapper.page(catalogue.exercisesFor(code, query), language, catalogue.release());
        });
    }
}
