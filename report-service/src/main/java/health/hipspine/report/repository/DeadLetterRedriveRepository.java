package health.hipspine.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The log of dead-letter re-drives (append-only). */
@ApplicationScoped
public class DeadLetterRedriveRepository implements PanacheRepository<DeadLetterRedriveEntity> {

    /** The latest re-drive of one letter. */
    public Optional<DeadLetterRedriveEntity> latestByLetter(int dlqPartition, long dlqOffset) {
        return find("dlqPartition = ?1 and dlqOffset = ?2", Sort.descending("id"), dlqPartition, dlqOffset).firstResultOptional();
    }
}
