package health.hipspine.report.audit;

import health.hipspine.report.report.DataAccessException;
import health.hipspine.report.report.PagedQuery;
import health.hipspine.report.security.Caller;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only audit table (a trigger refuses UPDATE and DELETE). Entries join the caller's transaction,
 * so a download and its audit entry commit together. Details never hold a patient reference.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String REPORT = "report";
    public static final String DEAD_LETTER = "dead-letter";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Caller caller;

    public void record(String action, String resourceType, String resourceId, String outcome, String detail) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO audit_record (occurred_at, subject, client_id, clinic_id, action, resource_type, resource_id, outcome, detail)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setString(2, caller.subject());
            ps.setString(3, caller.clientId());
            ps.setString(4, caller.clinicOrNull());
            ps.setString(5, action);
            ps.setString(6, resourceType);
            ps.setString(7, resourceId);
            ps.setString(8, outcome);
            ps.setString(9, detail);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    public record Query(String resourceId, String subject, String action, String outcome, Instant from, Instant to) {
    }

    public record Page(List<AuditRecord> items, long total) {
    }

    public Page search(Query q, int page, int size) {
        StringBuilder where = new StringBuilder(" FROM audit_record WHERE true");
        List<Object> args = new ArrayList<>();
        if (q.resourceId() != null) {
            where.append(" AND resource_id = ?");
            args.add(q.resourceId());
        }
        if (q.subject() != null) {
            where.append(" AND subject = ?");
            args.add(q.subject());
        }
        if (q.action() != null) {
            where.append(" AND action = ?");
            args.add(q.action());
        }
        if (q.outcome() != null) {
            where.append(" AND outcome = ?");
            args.add(q.outcome());
        }
        if (q.from() != null) {
            where.append(" AND occurred_at >= ?");
            args.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            where.append(" AND occurred_at < ?");
            args.add(Timestamp.from(q.to()));
        }
        PagedQuery.Result<AuditRecord> result = PagedQuery.run(dataSource,
                "id, occurred_at, subject, client_id, clinic_id, action, resource_type, resource_id, outcome, detail",
                where.toString(), " ORDER BY id DESC", args, page, size,
                rs -> new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
        return new Page(result.items(), result.total());
    }
}
