package health.hipspine.kit.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/** The wire shape of one audit entry, as {@code GET /api/v1/admin/audit} lists it. */
public record AuditRecord(long id, OffsetDateTime occurredAt, String actorSubject, String actorLogin, String clientId,
                          String clinicId, AuditAction action, String resourceType, String resourceId,
                          Integer resourceVersion, AuditOutcome outcome, Integer status, Map<String, Object> detail) {

    static AuditRecord of(AuditEntry e) {
        return new AuditRecord(e.id, e.occurredAt, e.actorSubject, e.actorLogin, e.clientId, e.clinicId, e.action,
                e.resourceType, e.resourceId, e.resourceVersion, e.outcome, e.status, e.detail);
    }
}
