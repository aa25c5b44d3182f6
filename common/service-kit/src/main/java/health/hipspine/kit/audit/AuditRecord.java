package health.hipspine.kit.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The wire shape of one audit entry, as {@code GET /api/v1/admin/audit} lists it. The columns that may be empty
 * (no client, no clinic, no resource id or version, no HTTP status, no detail) are sent as {@code null}: declared so.
 */
public record AuditRecord(long id, OffsetDateTime occurredAt, String actorSubject, String actorLogin,
                          @Schema(nullable = true) String clientId,
                          @Schema(nullable = true) String clinicId, AuditAction action, String resourceType,
                          @Schema(nullable = true) String resourceId,
                          @Schema(nullable = true) Integer resourceVersion, AuditOutcome outcome,
                          @Schema(nullable = true, description = "The HTTP status answered, when there was a request") Integer status,
                          @Schema(nullable = true) Map<String, Object> detail) {

    static AuditRecord of(AuditEntry e) {
        return new AuditRecord(e.id, e.occurredAt, e.actorSubject, e.actorLogin, e.clientId, e.clinicId, e.action,
                e.resourceType, e.resourceId, e.resourceVersion, e.outcome, e.status, e.detail);
    }
}
