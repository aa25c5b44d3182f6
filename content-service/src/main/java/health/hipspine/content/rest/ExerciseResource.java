package health.hipspine.content.rest;

import health.hipspine.content.domain.ContentKind;
import health.hipspine.content.domain.ExerciseSource;
import health.hipspine.content.mapping.ContentMapper;
import health.hipspine.content.repository.CatalogueQuery;
import health.hipspine.content.service.CatalogueService;
import health.hipspine.content.service.ContentEditor;
import health.hipspine.content.service.ExercisePictures;
import health.hipspine.kit.http.EntityTags;
import health.hipspine.contract.content.ExerciseView;
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

import java.util.List;
import java.util.function.Function;

import static health.hipspine.content.repository.CatalogueQuery.Match.CONTAINS;
import static health.hipspine.content.repository.CatalogueQuery.Match.EQUALS;

// every read needs a token (the HTTP permission enforces it); declared so the contract says so
@SecurityRequirement(name = "bearerAuth")
@Path("/api/v1/exercises")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercises", description = "Exercises with dosage, progressions and regressions: read (any caller with a token) and edit (content-editor)")
public class ExerciseResource extends EditableResource {

    /** The pictures change only with a content release: an hour's reuse without asking, then revalidation. */
    static final String PICTURE_CACHING = "private, max-age=3600";
    static final String SVG = "image/svg+xml";

    private final ExercisePictures pictures;

    public ExerciseResource(CatalogueService catalogue, Representations representations, ContentMapper mapper,
                            ContentEditor editor, ExercisePictures pictures) {
        super(catalogue, representations, mapper, editor);
        this.pictures = pictures;
    }

    @Override
    protected ContentKind kind() {
        return ContentKind.EXERCISE;
    }

    @GET
    @Operation(operationId = "listExercises", summary = "List exercises", description = "Filters combine with AND; `q` searches every text in"
            + " English and Spanish (prefix match). Sorted by code. Retired exercises are left out unless"
            + " includeRetired=true. " + ApiDocs.LANGUAGE + " " + ApiDocs.CACHING)
    @APIResponse(responseCode = "200", description = "One page of exercises",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResponseSchemas.ExercisePage.class), examples = @ExampleObject(name = "page", value = ApiDocs.LIST_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    @APIResponse(responseCode = "400", description = "Invalid paging parameter (problem details naming it)")
    @APIResponse(responseCode = "401", description = "No valid token")
    public Uni<Response> list(@QueryParam("category") String category,
                         @QueryParam("region") String region,
                         @QueryParam("condition") String condition,
                         @QueryParam("difficulty") @Min(1) @Max(5) Integer difficulty,
                         @QueryParam("equipment") String equipment,
                         @QueryParam("q") String q,
                         @QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired,
                         @Valid @BeanParam PageRequest page,
                         @Context UriInfo uri, @Context HttpHeaders headers) {
        CatalogueQuery query = new CatalogueQuery()
                .where("category", EQUALS, category)
                .where("region", EQUALS, region)
                .where("conditionCodes", CONTAINS, condition)
                .where("difficulty", difficulty)
                .where("equipment", CONTAINS, equipment)
                .text(q).includeRetired(includeRetired).page(page.page(), page.size());
        return representations.respond(uri, headers, language ->
                mapper.page(catalogue.list(ContentKind.EXERCISE, query), language, catalogue.release()));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getExercise", summary = "One exercise", description = "Retired exercises stay resolvable by code and say"
            + " `retired: true`. " + ApiDocs.LANGUAGE + " " + ApiDocs.CACHING)
    @APIResponse(responseCode = "200", description = "The exercise",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ExerciseView.class), examples = @ExampleObject(name = "bridge", value = ApiDocs.EXERCISE_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "No exercise with this code")
    public Uni<Response> get(@PathParam("code") String code, @Context UriInfo uri, @Context HttpHeaders headers) {
        // The lookup runs only on a cache miss; an unknown code throws 404 and is never cached.
        return representations.respond(uri, headers,
                language -> mapper.present(catalogue.get(ContentKind.EXERCISE, code), language));
    }

    @GET
    @Path("/{code}/image")
    @Produces(SVG)
    @Operation(operationId = "getExerciseImage", summary = "The picture of an exercise", description = "A line drawing (SVG) of the exercise: the start"
            + " position pale, the end position dark, an arrow for the movement. The exercise's `imageUrl` points here"
            + " and its `imageAlt` says what the picture shows, in the caller's language. Strong ETag;"
            + " `Cache-Control: private, max-age=3600`; If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The picture", content = @Content(mediaType = SVG))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "No exercise with this code, or it has no picture (problem details)")
    public Response image(@PathParam("code") String code, @Context HttpHeaders headers) {
        byte[] svg = pictures.of(code);
        String etag = Representations.strongETag(svg);
        Response.ResponseBuilder builder = EntityTags.noneMatchHits(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)
                ? Response.notModified()
                : Response.ok(svg, SVG);
        return builder.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, PICTURE_CACHING)
                .header(HttpHeaders.VARY, "Authorization")
                .build();
    }

    @GET
    @Path("/{code}/progressions")
    @Operation(operationId = "listExerciseProgressions", summary = "The harder next steps of an exercise", description = ApiDocs.LANGUAGE)
    @APIResponse(responseCode = "200", description = "The linked exercises (retired ones included and flagged)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResponseSchemas.ExercisePage.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "No exercise with this code")
    public Uni<Response> progressions(@PathParam("code") String code, @Context UriInfo uri, @Context HttpHeaders headers) {
        return linked(code, ExerciseSource::progressionCodes, uri, headers);
    }

    @GET
    @Path("/{code}/regressions")
    @Operation(operationId = "listExerciseRegressions", summary = "The easier alternatives of an exercise", description = ApiDocs.LANGUAGE)
    @APIResponse(responseCode = "200", description = "The linked exercises (retired ones included and flagged)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResponseSchemas.ExercisePage.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "No exercise with this code")
    public Uni<Response> regressions(@PathParam("code") String code, @Context UriInfo uri, @Context HttpHeaders headers) {
        return linked(code, ExerciseSource::regressionCodes, uri, headers);
    }

    private Uni<Response> linked(String code, Function<ExerciseSource, List<String>> links, UriInfo uri,
                                 HttpHeaders headers) {
        return representations.respond(uri, headers, language ->
                mapper.all(catalogue.linkedExercises(code, links), language, catalogue.release()));
    }
}
