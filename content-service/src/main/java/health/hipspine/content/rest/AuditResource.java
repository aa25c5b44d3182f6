package health.hipspine.content.rest;

import health.hipspine.content.mapping.LegacyAudit;
import health.hipspine.kit.audit.AuditAction;
import health.hipspine.kit.audit.AuditQuery;
import health.hipspine.kit.audit.AuditTrail;
import health.hipspine.kit.caller.Roles;
import health.hipspine.kit.paging.PageRequest;
import health.hipspine.kit.problem.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * The content audit trail at its old path and in its old words, for the editors' tools that read it.
 * Deprecated: {@code GET /api/v1/admin/audit} (the service kit's, admin only) serves the same table.
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = health.hipspine.kit.audit.AuditResource.TAG_DESCRIPTION)
public class AuditResource {

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @RolesAllowed({Roles.CONTENT_EDITOR, Roles.ADMIN})
    @Operation(operationId = "searchContentAudit", deprecated = true, summary = "The content audit trail (content-editor, admin); deprecated",
            description = "Use GET /api/v1/admin/audit (admin). This alias reads the same append-only table,"
                    + " newest first, and answers in the words used before: who (subject, client), what (create,"
                    + " update, retire, import), which record (kind, code, version), when, and the outcome (success,"
                    + " created/updated/conflict for imports, refused-4xx for refused edits).")
    @APIResponse(responseCode = "200", description = "One page of audit events", content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "events", value = """
            {"items":[{"id":42,"occurredAt":"2026-11-22T05:10:00Z","subject":"editor","clientId":"hipspine-web",
              "action":"update","kind":"exercise","code":"bridge","version":2,"outcome":"success","detail":null}],
             "page":0,"size":50}""")))
    @APIResponse(responseCode = "400", description = "Invalid paging or action parameter (problem detail naming it)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither content editor nor admin")
    public Map<String, Object> search(@QueryParam("kind") String kind, @QueryParam("code") String code,
                                      @QueryParam("subject") String subject, @QueryParam("action") String action,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        AuditAction kitAction;
        try {
            kitAction = LegacyAudit.action(action);
        } catch (IllegalArgumentException e) {
            throw Problems.invalidParameter("action", "must be create, update, retire or import");
        }
        List<LegacyAudit.Row> items = trail.search(new AuditQuery(kitAction, null, kind, code,
                        LegacyAudit.actor(subject), null, null, null), PageRequest.of(page, size))
                .items().stream().map(LegacyAudit::of).toList();
        return Map.of("items", items, "page", page, "size", size);
    }
}
