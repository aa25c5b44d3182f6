package health.hipspine.kit.audit;

import health.hipspine.kit.caller.Caller;

import java.util.Objects;

/**
 * Who acted: from the request's {@link Caller}, or a named system actor for work no request started
 * (a content import at start-up, an event consumer, a sweeper).
 */
public record AuditActor(String subject, String login, String clientId, String clinicId) {

    public AuditActor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(login, "login");
    }

    public static AuditActor of(Caller caller) {
        return new AuditActor(caller.subject(), caller.login(), caller.clientId(), caller.clinic().orElse(null));
    }

    /** A process of the service itself, e.g. {@code system("import")}; optionally for one clinic's data. */
    public static AuditActor system(String name) {
        return new AuditActor("system:" + name, name, null, null);
    }

    public AuditActor forClinic(String clinicId) {
        return new AuditActor(subject, login, clientId, clinicId);
    }
}
