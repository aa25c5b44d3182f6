package health.hipspine.assessment.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The transactional outbox: {@link #enqueue} must run inside the transaction that stores the
 * assessment, so the event exists exactly when the assessment does.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    AgroalDataSource dataSource;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(UUID aggregateId, String clinicId, String type, String payloadJson, Instant now) {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO outbox_event (id, aggregate_id, clinic_id, event_type, payload, created_at)
                        VALUES (?, ?, ?, ?, ?::jsonb, ?)""")) {
            insert.setObject(1, id);
            insert.setObject(2, aggregateId);
            insert.setString(3, clinicId);
            insert.setString(4, type);
            insert.setString(5, payloadJson);
            insert.setTimestamp(6, Timestamp.from(now));
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("outbox row not written", e);
        }
    }

    /** Unsent rows and the age of the oldest: the relay's backlog, for metrics and health. */
    public record Backlog(long unsent, Duration oldestAge) {
    }

    public Backlog backlog(Instant now) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(
                        "SELECT count(*), min(created_at) FROM outbox_event WHERE sent_at IS NULL");
                ResultSet rs = select.executeQuery()) {
            rs.next();
            Timestamp oldest = rs.getTimestamp(2);
            return new Backlog(rs.getLong(1), oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now));
        } catch (SQLException e) {
            throw new IllegalStateException("outbox backlog unknown", e);
        }
    }
}
