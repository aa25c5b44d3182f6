package health.hipspine.assessment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The transactional outbox. Reads all clinics' rows: the relay and the health checks are the only
 * callers, and they publish or count events, never show them to a user.
 */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEventEntity, Long> {

    /** Must run inside the transaction that stores the assessment, so the event exists exactly when the assessment does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEventEntity enqueue(OutboxEventEntity event) {
        persist(event);
        return event;
    }

    /**
     * Claims up to {@code limit} unsent rows of every clinic in seq order, locked until the claiming
     * transaction ends. Native SQL: {@code SKIP LOCKED} lets several relay instances claim disjoint
     * batches instead of waiting on each other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<OutboxEventEntity> claimUnsentOfAllClinics(int limit) {
        return getEntityManager().createNativeQuery("""
                SELECT * FROM outbox_event WHERE sent_at IS NULL ORDER BY seq LIMIT :limit FOR UPDATE SKIP LOCKED""",
                OutboxEventEntity.class).setParameter("limit", limit).getResultList();
    }

    /** Unsent rows and the age of the oldest: the relay's backlog, for metrics and health. */
    public record Backlog(long unsent, Duration oldestAge) {
    }

    /**
     * The backlog of every clinic, read in a transaction of its own: metrics and health checks call it outside any
     * use case, and /q/health runs two checks at once in one request, which must not share a session.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Backlog backlogOfAllClinics(Instant now) {
        Object[] row = getEntityManager()
                .createQuery("select count(o), min(o.createdAt) from OutboxEventEntity o where o.sentAt is null", Object[].class)
                .getSingleResult();
        Instant oldest = (Instant) row[1];
        return new Backlog((Long) row[0], oldest == null ? Duration.ZERO : Duration.between(oldest, now));
    }
}
