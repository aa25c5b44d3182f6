package health.hipspine.assessment.audit;

import health.hipspine.assessment.problem.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/api/v1/audit")
@Tag(name = "Audit")
@RolesAllowed("admin")
public class AuditResource {

    static final String EXAMPLE = """
            {"items":[{"id":42,"occurredAt":"2026-11-20T09:12:00.123Z","subject":"8c1f...","clientId":"hipspine-web",
             "clinicId":"clinic-a","action":"READ","resourceType":"assessment","resourceId":"0b9e...","outcome":"SUCCESS"}]}""";

    public record AuditPage(List<AuditEntry> items) {
    }

    @Inject
    AuditQuery query;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who did what to which assessment data, newest first (administrators only)")
    @APIResponse(responseCode = "200", description = "Matching audit records",
            content = @Content(examples = @ExampleObject(name = "one read", value = EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "422", description = "A filter is malformed", content = @Content(mediaType = "application/problem+json"))
    public AuditPage find(@QueryParam("subject") String subject, @QueryParam("clinicId") String clinicId,
            @QueryParam("action") String action, @QueryParam("resourceType") String resourceType,
            @QueryParam("resourceId") String resourceId, @QueryParam("outcome") String outcome,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw Problems.invalidSubmission(List.of(new Problems.Violation("limit", "must be 1-1000")));
        }
        return new AuditPage(query.find(new AuditQuery.Filter(subject, clinicId, upper(action), resourceType, resourceId,
                upper(outcome), instant("from", from), instant("to", to), limit)));
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.invalidSubmission(List.of(new Problems.Violation(field, "must be an ISO instant such as 2026-11-20T00:00:00Z")));
        }
    }
}
