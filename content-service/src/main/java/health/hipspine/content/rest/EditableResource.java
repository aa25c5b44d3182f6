package health.hipspine.content.rest;

import com.fasterxml.jackson.databind.JsonNode;
import health.hipspine.content.domain.ConditionSource;
import health.hipspine.content.domain.ContentKind;
import health.hipspine.content.domain.EducationSource;
import health.hipspine.content.domain.ExerciseSource;
import health.hipspine.content.domain.VersionTags;
import health.hipspine.content.mapping.ContentMapper;
import health.hipspine.content.repository.ContentEntity;
import health.hipspine.content.service.CatalogueService;
import health.hipspine.content.service.ContentEditor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;

/**
 * The editor API every kind shares (role content-editor): create, update under optimistic locking,
 * retire, and the bilingual source form an editor edits. The subclasses add the read API.
 */
public abstract class EditableResource {

    /** The source form carries both languages (RFC 9110 allows a list). */
    static final String BILINGUAL = "en, es";

    protected final CatalogueService catalogue;
    protected final Representations representations;
    protected final ContentMapper mapper;
    private final ContentEditor editor;

    protected EditableResource(CatalogueService catalogue, Representations representations, ContentMapper mapper,
                               ContentEditor editor) {
        this.catalogue = catalogue;
        this.representations = representations;
        this.mapper = mapper;
        this.editor = editor;
    }

    protected abstract ContentKind kind();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("content-editor")
    @Operation(summary = "Create a record (content-editor)", description = "The body is the bilingual source form"
            + " (every text as {\"en\": ..., \"es\": ...}). Starts at version 1; the ETag is the version tag"
            + " to send in If-Match on the next edit. Written to the audit trail in the same transaction.")
    @APIResponse(responseCode = "201", description = "Created; Location names the record")
    @APIResponse(responseCode = "400", description = "Malformed JSON or not an object")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a content editor")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "413", description = "Body larger than the configured limit")
    @APIResponse(responseCode = "422", description = "Invalid content; `violations` name each field path",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = ApiDocs.PROBLEM_422)))
    public Response create(@RequestBody(required = true, description = "The bilingual source form of the record's kind",
            content = @Content(mediaType = "application/json", schema = @Schema(oneOf = {ConditionSource.class,
                    ExerciseSource.class, EducationSource.class}))) JsonNode body) {
        ContentEntity created = editor.create(kind(), body);
        return Response.created(URI.create("/api/v1/" + kind().collection + "/" + created.code))
                .tag(VersionTags.versionTag(created.version).replace("\"", ""))
                .header(HttpHeaders.CONTENT_LANGUAGE, BILINGUAL)
                .entity(mapper.source(created)).type(MediaType.APPLICATION_JSON).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("content-editor")
    @Operation(summary = "Replace a record (content-editor)", description = "Optimistic locking: If-Match must carry"
            + " the version you edited (\"v3\", the ETag of GET .../{code}/source). The version goes up by one.")
    @APIResponse(responseCode = "200", description = "Updated; the ETag is the new version tag")
    @APIResponse(responseCode = "400", description = "Malformed JSON or not an object")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a content editor")
    @APIResponse(responseCode = "404", description = "No record with this code")
    @APIResponse(responseCode = "412", description = "Stale: someone changed the record since your version")
    @APIResponse(responseCode = "413", description = "Body larger than the configured limit")
    @APIResponse(responseCode = "422", description = "Invalid content; `violations` name each field path",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = ApiDocs.PROBLEM_422)))
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(required = true, description = "The bilingual source form of the record's kind",
            content = @Content(mediaType = "application/json", schema = @Schema(oneOf = {ConditionSource.class,
                    ExerciseSource.class, EducationSource.class}))) JsonNode body) {
        return editorView(editor.update(kind(), code, ifMatch, body));
    }

    @POST
    @Path("/{code}/retire")
    @RolesAllowed("content-editor")
    @Operation(summary = "Retire a record (content-editor)", description = "Never a deletion: the record stays"
            + " resolvable by code with `retired: true`, leaves the default lists and links still resolve."
            + " Needs If-Match like an update.")
    @APIResponse(responseCode = "200", description = "Retired")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a content editor")
    @APIResponse(responseCode = "404", description = "No record with this code")
    @APIResponse(responseCode = "409", description = "Already retired")
    @APIResponse(responseCode = "412", description = "Stale version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response retire(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return editorView(editor.retire(kind(), code, ifMatch));
    }

    @GET
    @Path("/{code}/source")
    @RolesAllowed({"content-editor", "admin"})
    @Operation(summary = "The bilingual source of a record (content-editor, admin)", description = "What an editor"
            + " edits: both languages, plus version, origin ('file' or 'editor') and who changed it last. The ETag"
            + " (\"v3\") goes into If-Match.")
    @APIResponse(responseCode = "200", description = "The source form")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither content editor nor admin")
    @APIResponse(responseCode = "404", description = "No record with this code")
    public Response source(@PathParam("code") String code) {
        return editorView(catalogue.get(kind(), code));
    }

    private Response editorView(ContentEntity record) {
        return Response.ok(mapper.source(record), MediaType.APPLICATION_JSON)
                .tag(VersionTags.versionTag(record.version).replace("\"", ""))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.CONTENT_LANGUAGE, BILINGUAL)
                .build();
    }
}
