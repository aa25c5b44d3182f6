package health.hipspine.assessment.service;

import health.hipspine.assessment.repository.AuditRecordEntity;
import health.hipspine.assessment.repository.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** Administrators read the audit trail of every clinic; the endpoint is admin-only. */
@ApplicationScoped
public class AuditService {

    private final AuditRepository records;

    public AuditService(AuditRepository records) {
        this.records = records;
    }

    @Transactional
    public List<AuditRecordEntity> find(AuditRepository.Filter filter) {
        return records.findOfAllClinics(filter);
    }
}
