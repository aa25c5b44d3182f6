package health.hipspine.report.rest;

import health.hipspine.report.repository.AuditRecordEntity;
import health.hipspine.report.repository.AuditRecordRepository;
import health.hipspine.report.repository.Paged;
import health.hipspine.report.security.Roles;
import health.hipspine.report.service.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
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

import java.time.Instant;
import java.util.List;

/** The audit trail of the report service, for admins. */
@Path("/api/v1/admin/audit")
@Tag(name = "Administration")
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    /** One audit entry on the wire. */
    public record Entry(long id, Instant occurredAt, String subject, String clientId, String clinicId, String action,
            String resourceType, String resourceId, String outcome, String detail) {

        static Entry of(AuditRecordEntity e) {
            return new Entry(e.id, e.occurredAt, e.subject, e.clientId, e.clinicId, e.action, e.resourceType, e.resourceId,
                    e.outcome, e.detail);
        }
    }

    public record Page(List<Entry> items, long total, int page, int size) {
    }

    private final AuditTrail audit;

    public AuditResource(AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Query the audit trail", description = "Newest first. Actions: LIST, READ, DOWNLOAD_REPORT, DOWNLOAD_HANDOUT, "
            + "REGENERATE, REDRIVE; outcomes: SUCCESS, NOT_MODIFIED, NOT_FOUND, FAILED.")
    @APIResponse(responseCode = "200", description = "A page of audit records", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "a download", value = """
                    {"items":[{"id":42,"occurredAt":"2026-11-20T09:31:00Z","subject":"clinician-clinic-a","clientId":"hipspine-web",
                     "clinicId":"clinic-a","action":"DOWNLOAD_REPORT","resourceType":"report","resourceId":"5f0c6f43-7c1e-4d3a-9f55-0d2b5cf7a001",
                     "outcome":"SUCCESS","detail":"version 1, en"}],"total":1,"page":0,"size":50}""")))
    @APIResponse(responseCode = "400", description = "A malformed filter (named in `field`)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Page search(@QueryParam("resourceId") String resourceId, @QueryParam("subject") String subject,
            @QueryParam("action") String action, @QueryParam("outcome") String outcome,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        int pageNumber = ApiParameters.integer("page", page, 0, 0, 100_000);
        int pageSize = ApiParameters.integer("size", size, 50, 1, 500);
        var filter = new AuditRecordRepository.Filter(resourceId, subject, action, outcome, ApiParameters.instant("from", from),
                ApiParameters.instant("to", to));
        Paged<AuditRecordEntity> found = audit.search(filter, pageNumber, pageSize);
        return new Page(found.items().stream().map(Entry::of).toList(), found.total(), pageNumber, pageSize);
    }
}
