package health.hipspine.report.service;

import health.hipspine.report.repository.AuditRecordEntity;
import health.hipspine.report.repository.AuditRecordRepository;
import health.hipspine.report.repository.Paged;
import health.hipspine.report.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Who did what to which resource, with which outcome. An entry joins the caller's transaction when there is
 * one, so a download and its audit entry commit together. Details never hold a patient reference.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String REPORT = "report";
    public static final String DEAD_LETTER = "dead-letter";

    private final AuditRecordRepository records;
    private final Caller caller;

    public AuditTrail(AuditRecordRepository records, Caller caller) {
        this.records = records;
        this.caller = caller;
    }

    @Transactional
    public void record(String action, String resourceType, String resourceId, String outcome, String detail) {
        AuditRecordEntity e = new AuditRecordEntity();
        e.occurredAt = Instant.now();
        e.subject = caller.subject();
        e.clientId = caller.clientId();
        e.clinicId = caller.clinicOrNull();
        e.action = action;
        e.resourceType = resourceType;
        e.resourceId = resourceId;
        e.outcome = outcome;
        e.detail = detail;
        records.persist(e);
    }

    @Transactional
    public Paged<AuditRecordEntity> search(AuditRecordRepository.Filter filter, int page, int size) {
        return records.search(filter, page, size);
    }
}
