package health.hipspine.assessment.repository;

import health.hipspine.kit.caller.ClinicScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code Idempotency-Key} bookkeeping, per clinic. The claim is an {@code INSERT ... ON CONFLICT DO
 * NOTHING} (native: JPA has no insert-unless-present) inside the create transaction: a concurrent retry
 * with the same key waits on the first one's row lock and then sees its committed answer, so two
 * requests with one key never create two assessments.
 */
@ApplicationScoped
public class IdempotencyKeyRepository implements PanacheRepositoryBase<IdempotencyKeyEntity, IdempotencyKeyEntity.Key> {

    /** What an earlier request with the same key did. */
    public record Earlier(UUID assessmentId, boolean sameRequest) {
    }

    /**
     * Claims the clinic's key for {@code assessmentId}; empty when the claim succeeded, otherwise what
     * the earlier request with this key was.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Earlier> claimInClinic(ClinicScope clinic, String key, String requestSha256, UUID assessmentId, Instant now) {
        int inserted = getEntityManager().createNativeQuery("""
                INSERT INTO idempotency_key (clinic_id, idempotency_key, request_sha256, assessment_id, created_at)
                VALUES (:clinic, :key, :sha, :assessment, :now) ON CONFLICT DO NOTHING""")
                .setParameter("clinic", clinic.clinicId())
                .setParameter("key", key)
                .setParameter("sha", requestSha256)
                .setParameter("assessment", assessmentId)
                .setParameter("now", now)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        IdempotencyKeyEntity earlier = findById(new IdempotencyKeyEntity.Key(clinic.clinicId(), key));
        return Optional.of(new Earlier(earlier.assessmentId, earlier.requestSha256.equals(requestSha256)));
    }

    /**
     * Retention: deletes up to {@code limit} keys of every clinic created before {@code cutoff}, in a transaction
     * of its own. A retry after that answers as a new request.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteCreatedBefore(Instant cutoff, int limit) {
        return getEntityManager().createNativeQuery("""
                        DELETE FROM idempotency_key WHERE (clinic_id, idempotency_key) IN (
                            SELECT clinic_id, idempotency_key FROM idempotency_key WHERE created_at < :cutoff LIMIT :limit)""")
                .setParameter("cutoff", cutoff).setParameter("limit", limit).executeUpdate();
    }
}
