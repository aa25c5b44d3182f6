package health.hipspine.kit.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCESS,
    /** An idempotent repeat answered with the first result. */
    REPLAYED,
    /** A conditional read answered 304. */
    NOT_MODIFIED,
    NOT_FOUND,
    /** The request broke a rule (400, 412, 422, 428...): the entry's status says which. */
    REFUSED,
    /** The caller may not do this (403, e.g. a token without a clinic). */
    DENIED,
    /** The action collided with the resource's current state (409, or an import that met a newer edit). */
    CONFLICT
}
