package health.hipspine.kit.audit;

import java.util.Map;
import java.util.Objects;

/**
 * What to record: action, resource, outcome and optional HTTP status, resource version and detail.
 * Detail is a small JSON object (no patient data: no patient references, no submitted values).
 */
public record AuditEvent(AuditAction action, String resourceType, String resourceId, Integer resourceVersion,
                         AuditOutcome outcome, Integer status, Map<String, Object> detail) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(outcome, "outcome");
        resourceId = storable(resourceId);
        detail = detail == null ? null : Map.copyOf(storable(detail));
    }

    /**
     * Resource ids and detail often carry client text (a refused code, a problem detail). PostgreSQL text and
     * jsonb cannot hold U+0000, and a refusal's audit row must not fail the request with 500: U+FFFD stands in.
     */
    @SuppressWarnings("unchecked")
    private static <T> T storable(T value) {
        return switch (value) {
            case String text -> (T) text.replace('\u0000', '\ufffd');
            case Map<?, ?> map -> {
                Map<Object, Object> copy = new java.util.LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(storable(k), storable(v)));
                yield (T) copy;
            }
            case java.util.Collection<?> list -> (T) list.stream().map(AuditEvent::storable).toList();
            case null, default -> value;
        };
    }

    public static AuditEvent of(AuditAction action, String resourceType, String resourceId, AuditOutcome outcome) {
        return new AuditEvent(action, resourceType, resourceId, null, outcome, null, null);
    }

    /** A refused attempt: outcome REFUSED (DENIED for 401/403) with the HTTP status answered. */
    public static AuditEvent refused(AuditAction action, String resourceType, String resourceId, int status) {
        AuditOutcome outcome = status == 401 || status == 403 ? AuditOutcome.DENIED : AuditOutcome.REFUSED;
        return new AuditEvent(action, resourceType, resourceId, null, outcome, status, null);
    }

    public AuditEvent withVersion(Integer version) {
        return new AuditEvent(action, resourceType, resourceId, version, outcome, status, detail);
    }

    public AuditEvent withStatus(Integer httpStatus) {
        return new AuditEvent(action, resourceType, resourceId, resourceVersion, outcome, httpStatus, detail);
    }

    public AuditEvent withDetail(Map<String, Object> newDetail) {
        return new AuditEvent(action, resourceType, resourceId, resourceVersion, outcome, status, newDetail);
    }
}
