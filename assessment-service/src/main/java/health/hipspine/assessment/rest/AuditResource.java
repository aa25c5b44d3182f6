package health.hipspine.assessment.rest;

import health.hipspine.assessment.repository.AuditRecordEntity;
import health.hipspine.assessment.repository.AuditRepository;
import health.hipspine.assessment.service.AuditService;
import health.hipspine.assessment.service.Problems;
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

@Path("/api/v1/audit")
@Tag(name = "Audit")
@RolesAllowed("admin")
public class AuditResource {

    static final String EXAMPLE = """
            {"items":[{"id":42,"occurredAt":"2026-11-20T09:12:00.123Z","subject":"8c1f...","clientId":"hipspine-web",
             "clinicId":"clinic-a","action":"READ","resourceType":"assessment","resourceId":"0b9e...","outcome":"SUCCESS"}]}""";

    /** One audit record as the admin API shows it. */
    public record AuditEntry(long id, Instant occurredAt, String subject, String clientId, String clinicId, String action,
            String resourceType, String resourceId, String outcome) {

        static AuditEntry of(AuditRecordEntity r) {
            return new AuditEntry(r.id, r.occurredAt, r.subject, r.clientId, r.clinicId, r.action, r.resourceType, r.resourceId,
                    r.outcome);
        }
    }

    public record AuditPage(List<AuditEntry> items) {
    }

    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who did what to which assessment data, newest first (administrators only)")
    @APIResponse(responseCode = "200", description = "Matching audit records",
            content = @Content(examples = @ExampleObject(name = "one read", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "limit, from or to cannot be read (the problem names it)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "422", description = "limit out of range", content = @Content(mediaType = "application/problem+json"))
    public AuditPage find(@QueryParam("subject") String subject, @QueryParam("clinicId") String clinicId,
            @QueryParam("action") String action, @QueryParam("resourceType") String resourceType,
            @QueryParam("resourceId") String resourceId, @QueryParam("outcome") String outcome,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") String limitParameter) {
        int limit = QueryParameters.integer("limit", limitParameter, 100);
        if (limit < 1 || limit > 1000) {
            throw Problems.invalidSubmission(List.of(new Problems.Violation("limit", "must be 1-1000")));
        }
        List<AuditRecordEntity> found = audit.find(new AuditRepository.Filter(subject, clinicId, upper(action), resourceType,
                resourceId, upper(outcome), QueryParameters.instant("from", from), QueryParameters.instant("to", to), limit));
        return new AuditPage(found.stream().map(AuditEntry::of).toList());
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
    }
}
