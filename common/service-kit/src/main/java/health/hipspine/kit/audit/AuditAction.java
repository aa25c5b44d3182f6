package health.hipspine.kit.audit;

/**
 * What was done, or attempted, to a resource: the one action vocabulary of all three services. The wire
 * and stored value is the constant's name. A refused attempt keeps the action it attempted and says
 * {@link AuditOutcome#REFUSED} with the HTTP status (content's {@code refused-428} becomes
 * {@code UPDATE}/{@code REFUSED}/428); the resource type says what was downloaded
 * (report's {@code DOWNLOAD_REPORT} becomes {@code DOWNLOAD} of a {@code report}).
 */
public enum AuditAction {
    CREATE,
    READ,
    LIST,
    UPDATE,
    RETIRE,
    /** A record loaded from a content release (not an edit through the API). */
    IMPORT,
    DOWNLOAD,
    REGENERATE,
    /** A dead letter sent back to its topic. */
    REDRIVE
}
