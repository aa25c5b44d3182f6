package health.hipspine.assessment.rest;

import health.hipspine.kit.audit.AuditAction;
import health.hipspine.kit.audit.AuditOutcome;
import health.hipspine.kit.audit.AuditQuery;
import health.hipspine.kit.audit.AuditRecord;
import health.hipspine.kit.audit.AuditTrail;
import health.hipspine.kit.caller.Roles;
import health.hipspine.kit.paging.PageRequest;
import health.hipspine.kit.problem.Problems;
import health.hipspine.kit.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.List;
import java.util.Locale;

/**
 * The audit path this service answered before the service kit, kept as a deprecated alias of
 * {@code GET /api/v1/admin/audit}: the same search of the same table ({@link AuditTrail#search}), in the
 * old wire shape ({@code {items: [...]}}, {@code subject}, {@code limit}) so existing clients keep working.
 */
@Path("/api/v1/audit")
@Tag(name = "Audit", description = health.hipspine.kit.audit.AuditResource.TAG_DESCRIPTION)
@RolesAllowed(Roles.ADMIN)
public class LegacyAuditResource {

    static final String EXAMPLE = """
            {"items":[{"id":42,"occurredAt":"2026-11-20T09:12:00.123Z","subject":"8c1f...","clientId":"hipspine-web",
             "clinicId":"clinic-a","action":"READ","resourceType":"assessment","resourceId":"0b9e...","outcome":"SUCCESS"}]}""";

    /** One audit record in the pre-kit shape. */
    public record AuditEntry(long id, Instant occurredAt, String subject, String clientId, String clinicId, String action,
            String resourceType, String resourceId, String outcome) {

        static AuditEntry of(AuditRecord r) {
            return new AuditEntry(r.id(), r.occurredAt().toInstant(), r.actorSubject(), r.clientId(), r.clinicId(),
                    r.action().name(), r.resourceType(), r.resourceId(), r.outcome().name());
        }
    }

    public record AuditPage(List<AuditEntry> items) {
    }

    private final AuditTrail trail;

    public LegacyAuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchAssessmentAudit", summary = "Deprecated alias of GET /api/v1/admin/audit (administrators only)", deprecated = true,
            description = "Who did what to which assessment data, newest first. Use /api/v1/admin/audit: the page envelope, "
                    + "the kit's vocabulary (REJECTED is now REFUSED with its HTTP status) and the same filters.")
    @APIResponse(responseCode = "200", description = "Matching audit records",
            content = @Content(examples = @ExampleObject(name = "one read", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "limit, from, to, action or outcome cannot be read (the problem names it)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "422", description = "limit out of range", content = @Content(mediaType = "application/problem+json"))
    public AuditPage find(@QueryParam("subject") String subject, @QueryParam("clinicId") String clinicId,
            @QueryParam("action") String action, @QueryParam("resourceType") String resourceType,
            @QueryParam("resourceId") String resourceId, @QueryParam("outcome") String outcome,
            @QueryParam("from") Instant from, @QueryParam("to") Instant to,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw Problems.invalidSubmission(List.of(new Violation("limit", "must be 1-1000")));
        }
        AuditQuery query = new AuditQuery(parse("action", action, AuditAction.class), outcome(outcome), resourceType, resourceId,
                subject, clinicId, from, to);
        return new AuditPage(trail.search(query, PageRequest.of(0, limit)).items().stream().map(AuditEntry::of).toList());
    }

    /** The old vocabulary's REJECTED is the kit's REFUSED. */
    private static AuditOutcome outcome(String value) {
        return "REJECTED".equalsIgnoreCase(value) ? AuditOutcome.REFUSED : parse("outcome", value, AuditOutcome.class);
    }

    private static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.invalidParameter(name, "is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
