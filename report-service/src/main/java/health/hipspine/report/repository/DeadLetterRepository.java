package health.hipspine.report.repository;

import health.hipspine.kit.paging.Page;
import health.hipspine.kit.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** The dead-letter index (admin only: letters of every clinic). Callers provide the transaction. */
@ApplicationScoped
public class DeadLetterRepository implements PanacheRepositoryBase<DeadLetterEntity, String> {

    private static final Sort NEWEST_FIRST = Sort.descending("deadLetteredAt").and("id", Sort.Direction.Descending);

    /** Newest first; {@code status} null means any. */
    public Page<DeadLetterEntity> page(DeadLetterEntity.Status status, PageRequest request) {
        PanacheQuery<DeadLetterEntity> query = status == null ? findAll(NEWEST_FIRST) : find("status", NEWEST_FIRST, status);
        List<DeadLetterEntity> items = query.range((int) request.offset(), (int) request.offset() + request.size() - 1).list();
        return Page.of(items, query.count(), request);
    }

    /** Letters not yet re-driven, oldest first (a bulk re-drive keeps the original order), optionally by reason. */
    public List<DeadLetterEntity> deadForRedrive(String reasonContains, int max) {
        PanacheQuery<DeadLetterEntity> query = reasonContains == null || reasonContains.isBlank()
                ? find("status = ?1 and redriveOf is null", Sort.ascending("deadLetteredAt", "id"), DeadLetterEntity.Status.DEAD)
                : find("status = :status and redriveOf is null and lower(reason) like :reason", Sort.ascending("deadLetteredAt", "id"),
                        Parameters.with("status", DeadLetterEntity.Status.DEAD)
                                .and("reason", "%" + reasonContains.toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%"));
        return query.range(0, max - 1).list();
    }

    /** Locks the letter: two admins re-driving it at once publish it once each, never lose a status. */
    public Optional<DeadLetterEntity> lock(String id) {
        return Optional.ofNullable(getEntityManager().find(DeadLetterEntity.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    /** Inserts the letter unless it is indexed already (the indexer may see a record twice after a rebalance). */
    public boolean insertIfAbsent(DeadLetterEntity letter) {
        if (findByIdOptional(letter.id).isPresent()) {
            return false;
        }
        persist(letter);
        return true;
    }
}
