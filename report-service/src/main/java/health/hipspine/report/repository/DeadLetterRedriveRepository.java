package health.hipspine.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;

/** The log of dead-letter re-drives (append-only). */
@ApplicationScoped
public class DeadLetterRedriveRepository implements PanacheRepository<DeadLetterRedriveEntity> {

    /** The latest re-drive of each letter, by letter id ({@code partition-offset}). */
    public Map<String, DeadLetterRedriveEntity> latestByLetter() {
        Map<String, DeadLetterRedriveEntity> latest = new HashMap<>();
        listAll(io.quarkus.panache.common.Sort.ascending("id")).forEach(r -> latest.put(r.letterId(), r));
        return latest;
    }
}
