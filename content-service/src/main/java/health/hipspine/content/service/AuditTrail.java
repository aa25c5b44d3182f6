package health.hipspine.content.service;

import health.hipspine.content.domain.Actor;
import health.hipspine.content.domain.AuditEvent;
import health.hipspine.content.repository.AuditEventEntity;
import health.hipspine.content.repository.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The append-only record of content changes. A successful edit writes its row inside the edit's own
 * transaction, so there is never an edit without its trace; a refused edit has nothing to commit and
 * writes its row in a transaction of its own, which survives the edit's rollback.
 */
@ApplicationScoped
public class AuditTrail {

    private static final int DETAIL_MAX = 500;

    private final AuditRepository repository;

    public AuditTrail(AuditRepository repository) {
        this.repository = repository;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, String kind, String code, Integer version, String outcome,
                       String detail) {
        AuditEventEntity row = new AuditEventEntity();
        row.occurredAt = OffsetDateTime.now();
        row.subject = actor.subject();
        row.clientId = actor.clientId();
        row.action = action;
        row.kind = kind;
        row.code = code;
        row.version = version;
        row.outcome = outcome;
        row.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        repository.persist(row);
    }

    /** A row for an action that was refused: its own short transaction, whatever happens to the caller's. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(Actor actor, String action, String kind, String code, String outcome, String detail) {
        record(actor, action, kind, code, null, outcome, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean exists(String action, String kind, String code, int version, String outcome) {
        return repository.exists(action, kind, code, version, outcome);
    }

    /** Newest first; every filter optional. */
    @Transactional
    public List<AuditEvent> search(String kind, String code, String subject, String action, int page, int size) {
        return repository.search(kind, code, subject, action, page, size).stream()
                .map(r -> new AuditEvent(r.id, r.occurredAt, r.subject, r.clientId, r.action, r.kind, r.code,
                        r.version, r.outcome, r.detail))
                .toList();
    }
}
