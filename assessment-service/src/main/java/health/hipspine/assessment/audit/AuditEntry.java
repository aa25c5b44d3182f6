package health.hipspine.assessment.audit;

import java.time.Instant;

/** One audit record as the admin API shows it. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String subject,
        String clientId,
        String clinicId,
        String action,
        String resourceType,
        String resourceId,
        String outcome) {
}
