package health.hipspine.content.audit;

import health.hipspine.content.catalogue.CatalogueException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only record of content changes. A successful edit writes its row on the edit's own
 * connection, inside its transaction, so there is never an edit without its trace; a refused edit
 * (stale version, invalid content, unknown code) has nothing to commit and writes its row alone.
 */
@ApplicationScoped
public class AuditTrail {

    private final AgroalDataSource dataSource;

    public AuditTrail(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void record(Connection c, Actor actor, String action, String kind, String code, Integer version,
                       String outcome, String detail) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_event"
                + " (subject, client_id, action, kind, code, version, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, actor.subject());
            s.setString(2, actor.clientId());
            s.setString(3, action);
            s.setString(4, kind);
            s.setString(5, code);
            if (version == null) {
                s.setNull(6, Types.INTEGER);
            } else {
                s.setInt(6, version);
            }
            s.setString(7, outcome);
            s.setString(8, detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500));
            s.executeUpdate();
        }
    }

    /** A row for an action that was refused: its own short transaction. */
    public void recordRefusal(Actor actor, String action, String kind, String code, String outcome, String detail) {
        try (Connection c = dataSource.getConnection()) {
            record(c, actor, action, kind, code, null, outcome, detail);
        } catch (SQLException e) {
            throw new CatalogueException(e);
        }
    }

    public boolean exists(Connection c, String action, String kind, String code, int version, String outcome)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM audit_event WHERE action = ? AND kind = ?"
                + " AND code = ? AND version = ? AND outcome = ? LIMIT 1")) {
            s.setString(1, action);
            s.setString(2, kind);
            s.setString(3, code);
            s.setInt(4, version);
            s.setString(5, outcome);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Newest first; every filter optional. */
    public List<AuditEvent> search(String kind, String code, String subject, String action, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_event WHERE TRUE");
        List<String> args = new ArrayList<>();
        for (String[] f : new String[][] {{"kind", kind}, {"code", code}, {"subject", subject}, {"action", action}}) {
            if (f[1] != null && !f[1].isBlank()) {
                sql.append(" AND ").append(f[0]).append(" = ?");
                args.add(f[1]);
            }
        }
        sql.append(" ORDER BY id DESC LIMIT ? OFFSET ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (String a : args) {
                s.setString(i++, a);
            }
            s.setInt(i++, size);
            s.setLong(i, (long) page * size);
            List<AuditEvent> events = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int version = r.getInt("version");
                    events.add(new AuditEvent(r.getLong("id"), r.getObject("occurred_at", OffsetDateTime.class),
                            r.getString("subject"), r.getString("client_id"), r.getString("action"),
                            r.getString("kind"), r.getString("code"), r.wasNull() ? null : version,
                            r.getString("outcome"), r.getString("detail")));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new CatalogueException(e);
        }
    }
}
