package health.hipspine.report.report;

import java.sql.SQLException;

/** A database failure: transient from the consumer's point of view (retried, then dead-lettered). */
public class DataAccessException extends RuntimeException {
    public DataAccessException(SQLException cause) {
        super("database access failed: " + cause.getSQLState(), cause);
    }
}
