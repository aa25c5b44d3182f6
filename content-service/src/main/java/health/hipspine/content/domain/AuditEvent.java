package health.hipspine.content.domain;

import java.time.OffsetDateTime;

/** One row of the audit trail, as the API shows it. */
public record AuditEvent(long id, OffsetDateTime occurredAt, String subject, String clientId, String action,
                         String kind, String code, Integer version, String outcome, String detail) {
}
