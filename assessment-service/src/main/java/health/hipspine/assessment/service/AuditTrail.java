package health.hipspine.assessment.service;

import health.hipspine.assessment.repository.AuditRecordEntity;
import health.hipspine.assessment.repository.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Append-only audit records of every access to patient data. {@link #record} joins the caller's
 * transaction, so the trace and the action commit or roll back together; {@link #recordAlone}
 * is for refusals, where there is no action to join.
 */
@ApplicationScoped
public class AuditTrail {

    public enum Action { CREATE, READ, LIST }

    public enum Outcome { SUCCESS, REPLAYED, NOT_FOUND, REJECTED, DENIED }

    private final AuditRepository records;
    private final Caller caller;

    public AuditTrail(AuditRepository records, Caller caller) {
        this.records = records;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Action action, String resourceType, String resourceId, Outcome outcome) {
        insert(action, resourceType, resourceId, outcome);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(Action action, String resourceType, String resourceId, Outcome outcome) {
        insert(action, resourceType, resourceId, outcome);
    }

    private void insert(Action action, String resourceType, String resourceId, Outcome outcome) {
        records.persist(new AuditRecordEntity(caller.subject(), caller.clientId(), caller.clinic().orElse(null), action.name(),
                resourceType, resourceId, outcome.name()));
    }
}
