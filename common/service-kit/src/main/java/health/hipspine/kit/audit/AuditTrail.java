package health.hipspine.kit.audit;

import health.hipspine.kit.caller.Caller;
import health.hipspine.kit.paging.Page;
import health.hipspine.kit.paging.PageRequest;
import health.hipspine.kit.paging.Paging;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The one audit writer. {@link #record} joins the caller's transaction ({@code MANDATORY}: there is no
 * audited action without one), so an action and its entry commit or roll back together. A refused
 * request has no transaction of its own to join: {@link #recordAlone} writes its entry in a new one.
 */
@ApplicationScoped
public class AuditTrail {

    private final Caller caller;

    public AuditTrail(Caller caller) {
        this.caller = caller;
    }

    /** As the request's caller, inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditRecord record(AuditEvent event) {
        return write(AuditActor.of(caller), event);
    }

    /** As a given actor (a system process, or a request whose caller was already resolved). */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditRecord record(AuditActor actor, AuditEvent event) {
        return write(actor, event);
    }

    /** For refusals: the entry commits on its own even though the request's work (if any) does not. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditRecord recordAlone(AuditEvent event) {
        return write(AuditActor.of(caller), event);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditRecord recordAlone(AuditActor actor, AuditEvent event) {
        return write(actor, event);
    }

    /** Newest first. */
    @Transactional
    public Page<AuditRecord> search(AuditQuery query, PageRequest page) {
        AuditQuery.Where where = query.where();
        return Paging.page(AuditEntry.<AuditEntry>find(where.hql(), Sort.descending("id"), where.parameters()),
                page, AuditRecord::of);
    }

    private static AuditRecord write(AuditActor actor, AuditEvent event) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        entry.actorSubject = actor.subject();
        entry.actorLogin = actor.login();
        entry.clientId = actor.clientId();
        entry.clinicId = actor.clinicId();
        entry.action = event.action();
        entry.resourceType = event.resourceType();
        entry.resourceId = event.resourceId();
        entry.resourceVersion = event.resourceVersion();
        entry.outcome = event.outcome();
        entry.status = event.status();
        entry.detail = event.detail();
        entry.persist();
        return AuditRecord.of(entry);
    }
}
