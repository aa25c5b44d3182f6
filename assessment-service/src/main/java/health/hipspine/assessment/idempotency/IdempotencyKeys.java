package health.hipspine.assessment.idempotency;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code Idempotency-Key} bookkeeping, per clinic. The claim is an INSERT ... ON CONFLICT DO NOTHING
 * inside the create transaction: a concurrent retry with the same key waits on the first one's row
 * lock and then sees its committed answer, so two requests with one key never create two assessments.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** Keys are opaque to us, but bounded so they cannot carry a document. */
    public static final String KEY_PATTERN = "^[A-Za-z0-9._:-]{1,128}$";

    @Inject
    AgroalDataSource dataSource;

    /** What an earlier request with the same key did. */
    public record Earlier(UUID assessmentId, boolean sameRequest) {
    }

    /**
     * Claims the key for {@code assessmentId}; empty when the claim succeeded, otherwise what the
     * earlier request with this key was.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Earlier> claim(String clinicId, String key, String requestSha256, UUID assessmentId, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO idempotency_key (clinic_id, idempotency_key, request_sha256, assessment_id, created_at)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
                insert.setString(1, clinicId);
                insert.setString(2, key);
                insert.setString(3, requestSha256);
                insert.setObject(4, assessmentId);
                insert.setTimestamp(5, Timestamp.from(now));
                if (insert.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT assessment_id, request_sha256 FROM idempotency_key WHERE clinic_id = ? AND idempotency_key = ?")) {
                select.setString(1, clinicId);
                select.setString(2, key);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return Optional.of(new Earlier(rs.getObject(1, UUID.class), rs.getString(2).equals(requestSha256)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency key not claimed", e);
        }
    }

    /** SHA-256 of the canonical request (re-serialised, so whitespace and key order do not matter). */
    public static String fingerprint(String canonicalJson) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalJson.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
