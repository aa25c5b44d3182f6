package health.hipspine.assessment.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An {@code Idempotency-Key} of one clinic, the fingerprint of the request that used it and what it created. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKeyEntity.Key.class)
public class IdempotencyKeyEntity {

    /** Keys are scoped per clinic: the same key from two clinics never collides. */
    public record Key(String clinicId, String idempotencyKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "clinic_id")
    public String clinicId;

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_sha256", nullable = false)
    public String requestSha256;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
