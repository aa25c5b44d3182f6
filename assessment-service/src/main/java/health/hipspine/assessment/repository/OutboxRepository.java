package health.hipspine.assessment.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactional outbox. Reads all clinics' rows: the relay, the health checks, retention and the admin
 * view of parked rows are the only callers, and they publish, count or delete events, never show their
 * payload to a user.
 *
 * <p>The relay's three steps are each a short transaction of their own ({@code REQUIRES_NEW}): lease, then
 * (after sending outside any transaction) mark sent or record the failures. No row lock is held across Kafka I/O.
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
     * Leases up to {@code limit} pending rows of every clinic in seq order whose lease is free or expired, to
     * {@code owner} until {@code leasedUntil}, and commits at once. Native SQL: {@code SKIP LOCKED} lets
     * several relay instances lease disjoint batches instead of waiting on each other; the lease (not a lock)
     * then keeps the rows theirs while they send.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<OutboxEventEntity> leasePendingOfAllClinics(String owner, int limit, Instant now, Instant leasedUntil) {
        List<OutboxEventEntity> rows = getEntityManager().createNativeQuery("""
                        SELECT * FROM outbox_event
                        WHERE status = 'PENDING' AND (leased_until IS NULL OR leased_until < :now)
                        ORDER BY seq LIMIT :limit FOR UPDATE SKIP LOCKED""", OutboxEventEntity.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        if (!rows.isEmpty()) {
            // one statement for the batch rather than an UPDATE per row; the loaded rows keep their old lease
            // fields in memory, which the caller does not read
            getSession().createMutationQuery("update OutboxEventEntity set leaseOwner = :owner, leasedUntil = :until where seq in :seqs")
                    .setParameter("owner", owner).setParameter("until", leasedUntil)
                    .setParameterList("seqs", rows.stream().map(row -> row.seq).toList()).executeUpdate();
        }
        return rows;
    }

    /**
     * Marks acknowledged rows sent, whoever holds their lease now: the broker has them, so they are sent even
     * if this relay's lease expired meanwhile (another relay may then have sent them too; consumers
     * de-duplicate on the event id).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int markSent(List<Long> seqs, Instant now) {
        if (seqs.isEmpty()) {
            return 0;
        }
        // setParameterList: a list given to setParameter is first tried as one Long, which throws (and is caught)
        // inside Hibernate on every batch
        return getSession().createMutationQuery("""
                        update OutboxEventEntity set status = :sent, sentAt = :now, attempts = attempts + 1, leaseOwner = null,
                        leasedUntil = null where seq in :seqs and status <> :sent""")
                .setParameter("sent", OutboxStatus.SENT).setParameter("now", now).setParameterList("seqs", seqs).executeUpdate();
    }

    /**
     * One row this relay could not send. {@code error} null: not even tried (the round stopped early), so only
     * the lease is given back; {@code permanent}: the failure counts towards parking.
     */
    public record Failure(long seq, String error, boolean permanent) {
    }

    /**
     * Gives the leases back and records each failure; a row whose permanent failures reach {@code maxFailures}
     * is parked. Rows leased by another relay meanwhile are left alone. Returns the number parked.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int recordFailures(String owner, List<Failure> failures, int maxFailures, Instant now) {
        int parked = 0;
        for (Failure failure : failures) {
            OutboxEventEntity row = getEntityManager().find(OutboxEventEntity.class, failure.seq(), LockModeType.PESSIMISTIC_WRITE);
            if (row == null || row.status != OutboxStatus.PENDING || !owner.equals(row.leaseOwner)) {
                continue;
            }
            row.leaseOwner = null;
            row.leasedUntil = null;
            if (failure.error() == null) {
                continue;
            }
            row.attempts++;
            row.lastError = failure.error();
            if (failure.permanent() && ++row.failures >= maxFailures) {
                row.status = OutboxStatus.PARKED;
                row.parkedAt = now;
                parked++;
            }
        }
        return parked;
    }

    /** Parked rows, oldest first, for the admin view. Call inside a transaction. */
    public PanacheQuery<OutboxEventEntity> parkedOfAllClinics() {
        return find("status", Sort.ascending("seq"), OutboxStatus.PARKED);
    }

    /** A parked row back to pending with a fresh failure count; empty when no parked row has this event id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OutboxEventEntity> releaseParked(UUID eventId) {
        Optional<OutboxEventEntity> row = find("id = ?1 and status = ?2", eventId, OutboxStatus.PARKED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        row.ifPresent(r -> {
            r.status = OutboxStatus.PENDING;
            r.failures = 0;
            r.parkedAt = null;
        });
        return row;
    }

    /** Pending rows and the age of the oldest: the relay's backlog, for metrics and health; and the parked rows. */
    public record Backlog(long unsent, Duration oldestAge, long parked) {
    }

    /**
     * The backlog of every clinic, read in a transaction of its own: metrics and health checks call it outside any
     * use case, and /q/health runs two checks at once in one request, which must not share a session.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Backlog backlogOfAllClinics(Instant now) {
        Object[] row = getEntityManager()
                .createQuery("""
                        select count(o), min(o.createdAt) from OutboxEventEntity o where o.status = :pending""", Object[].class)
                .setParameter("pending", OutboxStatus.PENDING)
                .getSingleResult();
        Instant oldest = (Instant) row[1];
        return new Backlog((Long) row[0], oldest == null ? Duration.ZERO : Duration.between(oldest, now), count("status", OutboxStatus.PARKED));
    }

    /** Retention: deletes up to {@code limit} rows sent before {@code cutoff}, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteSentBefore(Instant cutoff, int limit) {
        return getEntityManager().createNativeQuery("""
                        DELETE FROM outbox_event WHERE seq IN (
                            SELECT seq FROM outbox_event WHERE status = 'SENT' AND sent_at < :cutoff LIMIT :limit)""")
                .setParameter("cutoff", cutoff).setParameter("limit", limit).executeUpdate();
    }
}
