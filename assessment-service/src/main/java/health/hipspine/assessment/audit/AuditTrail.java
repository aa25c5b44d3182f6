package health.hipspine.assessment.audit;

import health.hipspine.assessment.caller.Caller;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Append-only audit records of every access to patient data. {@link #record} joins the caller's
 * transaction, so the trace and the action commit or roll back together; {@link #recordAlone}
 * is for refusals, where there is no action to join.
 */
@ApplicationScoped
public class AuditTrail {

    public enum Action { CREATE, READ, LIST }

    public enum Outcome { SUCCESS, REPLAYED, NOT_FOUND, REJECTED, DENIED }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Action action, String resourceType, String resourceId, Outcome outcome) {
        insert(action, resourceType, resourceId, outcome);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(Action action, String resourceType, String resourceId, Outcome outcome) {
        insert(action, resourceType, resourceId, outcome);
    }

    private void insert(Action action, String resourceType, String resourceId, Outcome outcome) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO audit_record (subject, client_id, clinic_id, action, resource_type, resource_id, outcome)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, caller.subject());
            insert.setString(2, caller.clientId());
            insert.setString(3, caller.clinic().orElse(null));
            insert.setString(4, action.name());
            insert.setString(5, resourceType);
            insert.setString(6, resourceId);
            insert.setString(7, outcome.name());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("audit record not written", e);
        }
    }
}
