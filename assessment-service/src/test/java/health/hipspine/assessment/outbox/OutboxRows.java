package health.hipspine.assessment.outbox;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Outbox rows written straight into the table (as the create transaction would), for relay tests. */
final class OutboxRows {

    private OutboxRows() {
    }

    /** Adds one row to a batch insert of {@code (id, aggregate_id, event_type, payload)}; the event type carries the batch name. */
    static UUID add(PreparedStatement insert, String batch, String payload) throws SQLException {
        UUID id = UUID.randomUUID();
        insert.setObject(1, id);
        insert.setObject(2, UUID.randomUUID());
        insert.setString(3, batch);
        insert.setString(4, payload);
        insert.addBatch();
        return id;
    }

    /** Inserts {@code count} small rows of one batch (the event type names the batch) and returns their event ids. */
    static java.util.List<String> insert(AgroalDataSource dataSource, String batch, int count) throws SQLException {
        java.util.List<String> ids = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                for (int i = 0; i < count; i++) {
                    ids.add(add(insert, batch, "{\"n\":" + i + "}").toString());
                }
                insert.executeBatch();
            }
            c.commit();
        }
        return ids;
    }

    static final String INSERT = """
            INSERT INTO outbox_event (id, aggregate_id, clinic_id, event_type, payload, created_at)
            VALUES (?, ?, 'clinic-test', ?, ?::jsonb, now())""";

    /** A payload of 2 MB: Kafka refuses the record for good (over the producer's max.request.size). */
    static String tooLarge() {
        return "{\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    }

    static String status(AgroalDataSource dataSource, String eventId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT status FROM outbox_event WHERE id = ?::uuid")) {
            s.setString(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static long sentOfBatch(AgroalDataSource dataSource, String batch) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM outbox_event WHERE event_type = ? AND sent_at IS NOT NULL")) {
            s.setString(1, batch);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
