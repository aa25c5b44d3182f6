package health.hipspine.assessment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * The audit trail. Administrators read it across clinics (the clinic is one optional filter among
 * others): {@link #findOfAllClinics} is the only read, and only the admin endpoint calls it.
 */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditRecordEntity, Long> {

    /** Every filter is optional (null or blank: not applied). */
    public record Filter(String subject, String clinicId, String action, String resourceType, String resourceId,
            String outcome, Instant from, Instant to, int limit) {
    }

    public List<AuditRecordEntity> findOfAllClinics(Filter f) {
        StringBuilder query = new StringBuilder("true = true");
        Parameters parameters = new Parameters();
        equal(query, parameters, "subject", f.subject());
        equal(query, parameters, "clinicId", f.clinicId());
        equal(query, parameters, "action", f.action());
        equal(query, parameters, "resourceType", f.resourceType());
        equal(query, parameters, "resourceId", f.resourceId());
        equal(query, parameters, "outcome", f.outcome());
        if (f.from() != null) {
            query.append(" and occurredAt >= :from");
            parameters.and("from", f.from());
        }
        if (f.to() != null) {
            query.append(" and occurredAt < :to");
            parameters.and("to", f.to());
        }
        return find(query + " order by id desc", parameters).page(Page.ofSize(f.limit())).list();
    }

    private static void equal(StringBuilder query, Parameters parameters, String field, String value) {
        if (value != null && !value.isBlank()) {
            query.append(" and ").append(field).append(" = :").append(field);
            parameters.and(field, value);
        }
    }
}
