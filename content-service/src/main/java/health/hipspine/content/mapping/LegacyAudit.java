package health.hipspine.content.mapping;

import health.hipspine.kit.audit.AuditAction;
import health.hipspine.kit.audit.AuditOutcome;
import health.hipspine.kit.audit.AuditRecord;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;

/**
 * The audit rows of the deprecated {@code GET /api/v1/audit} in the words content used before the service
 * kit (action {@code update}, outcome {@code success}, {@code refused-412}, {@code created}, {@code conflict};
 * kind/code/version; the import as {@code content-import}), read from the kit's audit_entry.
 */
public final class LegacyAudit {

    static final String IMPORT_SUBJECT = "system:import";
    static final String LEGACY_IMPORT_SUBJECT = "content-import";

    /** One row as the old endpoint answered it. */
    public record Row(long id, OffsetDateTime occurredAt, String subject, String clientId, String action, String kind,
                      String code, Integer version, String outcome, String detail) {
    }

    private LegacyAudit() {
    }

    public static Row of(AuditRecord r) {
        String subject = IMPORT_SUBJECT.equals(r.actorSubject()) ? LEGACY_IMPORT_SUBJECT : r.actorSubject();
        return new Row(r.id(), r.occurredAt(), subject, r.clientId(), r.action().name().toLowerCase(Locale.ROOT),
                r.resourceType(), r.resourceId(), r.resourceVersion(), outcome(r), detail(r.detail()));
    }

    static String outcome(AuditRecord r) {
        Map<String, Object> detail = r.detail() == null ? Map.of() : r.detail();
        if (r.outcome() == AuditOutcome.SUCCESS) {
            return r.action() == AuditAction.IMPORT ? String.valueOf(detail.getOrDefault("change", "success")) : "success";
        }
        if (r.action() == AuditAction.IMPORT && r.outcome() == AuditOutcome.CONFLICT) {
            return "conflict";
        }
        return r.status() == null ? r.outcome().name().toLowerCase(Locale.ROOT) : "refused-" + r.status();
    }

    static String detail(Map<String, Object> detail) {
        if (detail == null || detail.isEmpty()) {
            return null;
        }
        for (String key : new String[] {"note", "reason", "release"}) {
            if (detail.get(key) != null) {
                return String.valueOf(detail.get(key));
            }
        }
        return detail.toString();
    }

    /** The old filters in the kit's words: action {@code update} → UPDATE, subject {@code content-import} → the system actor. */
    public static AuditAction action(String legacy) {
        return legacy == null || legacy.isBlank() ? null : AuditAction.valueOf(legacy.trim().toUpperCase(Locale.ROOT));
    }

    public static String actor(String legacySubject) {
        return LEGACY_IMPORT_SUBJECT.equals(legacySubject) ? IMPORT_SUBJECT : legacySubject;
    }
}
