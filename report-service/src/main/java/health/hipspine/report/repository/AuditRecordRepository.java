package health.hipspine.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** The append-only audit trail: insert and query (admin), never update. */
@ApplicationScoped
public class AuditRecordRepository implements PanacheRepository<AuditRecordEntity> {

    public record Filter(String resourceId, String subject, String action, String outcome, Instant from, Instant to) {
    }

    /** Newest first; each filter applies when given ({@code to} is exclusive). */
    public Paged<AuditRecordEntity> search(Filter f, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        and(query, params, "resourceId = :resourceId", "resourceId", f.resourceId());
        and(query, params, "subject = :subject", "subject", f.subject());
        and(query, params, "action = :action", "action", f.action());
        and(query, params, "outcome = :outcome", "outcome", f.outcome());
        and(query, params, "occurredAt >= :from", "from", f.from());
        and(query, params, "occurredAt < :to", "to", f.to());
        return Paged.of(find(query.toString(), Sort.descending("id"), params), page, size);
    }

    private static void and(StringBuilder query, Parameters params, String condition, String name, Object value) {
        if (value != null) {
            query.append(" and ").append(condition);
            params.and(name, value);
        }
    }
}
