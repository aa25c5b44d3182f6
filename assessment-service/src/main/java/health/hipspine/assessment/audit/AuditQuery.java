package health.hipspine.assessment.audit;

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

/** Filtered reads of the audit trail for administrators; every filter is optional. */
@ApplicationScoped
public class AuditQuery {

    @Inject
    AgroalDataSource dataSource;

    public record Filter(String subject, String clinicId, String action, String resourceType, String resourceId,
            String outcome, Instant from, Instant to, int limit) {
    }

    public List<AuditEntry> find(Filter f) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, occurred_at, subject, client_id, clinic_id, action, resource_type, resource_id, outcome
                FROM audit_record WHERE true""");
        List<Object> args = new ArrayList<>();
        condition(sql, args, "subject", f.subject());
        condition(sql, args, "clinic_id", f.clinicId());
        condition(sql, args, "action", f.action());
        condition(sql, args, "resource_type", f.resourceType());
        condition(sql, args, "resource_id", f.resourceId());
        condition(sql, args, "outcome", f.outcome());
        if (f.from() != null) {
            sql.append(" AND occurred_at >= ?");
            args.add(Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            sql.append(" AND occurred_at < ?");
            args.add(Timestamp.from(f.to()));
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(f.limit());
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                select.setObject(i + 1, args.get(i));
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("audit query failed", e);
        }
    }

    private static void condition(StringBuilder sql, List<Object> args, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
    }
}
