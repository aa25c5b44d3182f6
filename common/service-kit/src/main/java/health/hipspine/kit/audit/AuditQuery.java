package health.hipspine.kit.audit;

import io.quarkus.panache.common.Parameters;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Filters on the audit list; a null filter is left out. {@code actor} matches the subject or the login;
 * {@code from} is inclusive, {@code to} exclusive.
 */
public record AuditQuery(AuditAction action, AuditOutcome outcome, String resourceType, String resourceId,
                         String actor, String clinicId, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null, null);
    }

    /** The HQL condition and its parameters. */
    record Where(String hql, Parameters parameters) {
    }

    Where where() {
        StringBuilder hql = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (action != null) {
            hql.append(" and action = :action");
            p.and("action", action);
        }
        if (outcome != null) {
            hql.append(" and outcome = :outcome");
            p.and("outcome", outcome);
        }
        if (resourceType != null && !resourceType.isBlank()) {
            hql.append(" and resourceType = :resourceType");
            p.and("resourceType", resourceType);
        }
        if (resourceId != null && !resourceId.isBlank()) {
            hql.append(" and resourceId = :resourceId");
            p.and("resourceId", resourceId);
        }
        if (actor != null && !actor.isBlank()) {
            hql.append(" and (actorSubject = :actor or actorLogin = :actor)");
            p.and("actor", actor);
        }
        if (clinicId != null && !clinicId.isBlank()) {
            hql.append(" and clinicId = :clinicId");
            p.and("clinicId", clinicId);
        }
        if (from != null) {
            hql.append(" and occurredAt >= :from");
            p.and("from", from.atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            hql.append(" and occurredAt < :to");
            p.and("to", to.atOffset(ZoneOffset.UTC));
        }
        return new Where(hql.toString(), p);
    }
}
