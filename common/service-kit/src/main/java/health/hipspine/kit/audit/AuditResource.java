package health.hipspine.kit.audit;

import health.hipspine.kit.caller.Roles;
import health.hipspine.kit.paging.Page;
import health.hipspine.kit.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/** {@code GET /api/v1/admin/audit}: every service that depends on the kit answers it, over its own table. */
@Path("/api/v1/admin/audit")
@Tag(name = "Audit", description = AuditResource.TAG_DESCRIPTION)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    /** One description for every "Audit" tag, also the services' own audit aliases. */
    public static final String TAG_DESCRIPTION = "This service's append-only audit trail: who did what to which record, when, with which outcome";

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchAuditTrail", summary = "Query this service's audit trail", description = "Newest first; every filter optional.")
    @APIResponse(responseCode = "200", description = "One page of audit entries")
    @APIResponse(responseCode = "400", description = "An unparseable or out-of-range parameter (problem detail naming it)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Page<AuditRecord> search(
            @Parameter(description = "CREATE, READ, LIST, UPDATE, RETIRE, IMPORT, DOWNLOAD, REGENERATE, REDRIVE")
            @QueryParam("action") AuditAction action,
            @Parameter(description = "SUCCESS, REPLAYED, NOT_MODIFIED, NOT_FOUND, REFUSED, DENIED, CONFLICT")
            @QueryParam("outcome") AuditOutcome outcome,
            @QueryParam("resourceType") String resourceType,
            @QueryParam("resourceId") String resourceId,
            @Parameter(description = "The actor's subject or login name") @QueryParam("actor") String actor,
            @QueryParam("clinic") String clinic,
            @Parameter(description = "Inclusive, ISO-8601 instant") @QueryParam("from") Instant from,
            @Parameter(description = "Exclusive, ISO-8601 instant") @QueryParam("to") Instant to,
            @Valid @BeanParam PageRequest page) {
        return trail.search(new AuditQuery(action, outcome, resourceType, resourceId, actor, clinic, from, to), page);
    }
}
