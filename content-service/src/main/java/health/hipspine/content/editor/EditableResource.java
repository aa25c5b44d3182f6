package health.hipspine.content.editor;

import com.fasterxml.jackson.databind.JsonNode;
import health.hipspine.content.audit.Actor;
import health.hipspine.content.catalogue.Catalogue;
import health.hipspine.content.catalogue.ContentKind;
import health.hipspine.content.catalogue.ContentRecord;
import health.hipspine.content.http.ApiDocs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;

/**
 * The editor API every kind shares (role content-editor): create, update under optimistic locking,
 * retire, and the bilingual source form an editor edits. The subclasses add the read API.
 */
public abstract class EditableResource {

    /** The source form carries both languages (RFC 9110 allows a list). */
    static final String BILINGUAL = "en, es";

    @Inject
    ContentEditor editor;
    @Inject
    Catalogue catalogue;
    @Inject
    JsonWebToken token;

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
    @APIResponse(responseCode = "422", description = "Invalid content; `violations` name each field path",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = ApiDocs.PROBLEM_422)))
    public Response create(JsonNode body) {
        ContentRecord created = editor.create(kind(), body, actor());
        return Response.created(URI.create("/api/v1/" + kind().collection + "/" + created.code()))
                .tag(ContentEditor.versionTag(created).replace("\"", ""))
                .header(HttpHeaders.CONTENT_LANGUAGE, BILINGUAL)
                .entity(editor.source(created)).type(MediaType.APPLICATION_JSON).build();
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
    @APIResponse(responseCode = "422", description = "Invalid content; `violations` name each field path",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = ApiDocs.PROBLEM_422)))
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           JsonNode body) {
        return editorView(editor.update(kind(), code, ifMatch, body, actor()));
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
        return editorView(editor.retire(kind(), code, ifMatch, actor()));
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

    private Response editorView(ContentRecord record) {
        return Response.ok(editor.source(record), MediaType.APPLICATION_JSON)
                .tag(ContentEditor.versionTag(record).replace("\"", ""))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.CONTENT_LANGUAGE, BILINGUAL)
                .build();
    }

    private Actor actor() {
        String client = token.getClaim("azp");
        return new Actor(token.getSubject() == null ? token.getName() : token.getSubject(), client);
    }
}
