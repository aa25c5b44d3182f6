package health.hipspine.report.audit;

import java.time.Instant;

/** One audit entry: who (subject, OAuth client, clinic), did what, to which resource, when, with which outcome. */
public record AuditRecord(long id, Instant occurredAt, String subject, String clientId, String clinicId, String action,
        String resourceType, String resourceId, String outcome, String detail) {
}
