package health.hipspine.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The append-only audit trail: rows are persisted and read, never changed. */
@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEventEntity> {

    public boolean exists(String action, String kind, String code, int version, String outcome) {
        return count("action = ?1 and kind = ?2 and code = ?3 and version = ?4 and outcome = ?5",
                action, kind, code, version, outcome) > 0;
    }

    /** Newest first; every filter optional. */
    public List<AuditEventEntity> search(String kind, String code, String subject, String action, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        filters.put("kind", kind);
        filters.put("code", code);
        filters.put("subject", subject);
        filters.put("action", action);
        filters.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                where.add(field + " = :" + field);
                params.put(field, value);
            }
        });
        return find(where.isEmpty() ? "" : String.join(" and ", where), Sort.descending("id"), params)
                .page(Page.of(page, size)).list();
    }
}
