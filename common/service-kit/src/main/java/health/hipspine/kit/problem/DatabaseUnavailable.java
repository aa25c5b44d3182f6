package health.hipspine.kit.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a failure that means "the database cannot be reached right now", wherever it sits in the cause
 * chain (Hibernate, Narayana and Agroal wrap the driver's exception): a connection failure (SQL state class
 * 08), the server shutting down or starting up (57P01, 57P02, 57P03), a statement cancelled by its timeout
 * (57014: the server stalled), a transient connection exception, or Agroal's acquisition timeout (no
 * connection to be had within the pool's wait). Everything else is not an outage.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** The SQL state that shows the outage, or null when {@code failure} is not one. */
    public static String sqlState(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null && (e == sql || seen.add(e)); e = e.getNextException()) {
                    String state = outage(e);
                    if (state != null) {
                        return state;
                    }
                }
            }
        }
        return null;
    }

    public static boolean is(Throwable failure) {
        return sqlState(failure) != null;
    }

    private static String outage(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("57014"))) {
            return state;
        }
        if (e instanceof SQLTransientConnectionException) {
            return state == null ? "08000" : state;
        }
        // Agroal throws a plain SQLException without a state when no connection came within acquisition-timeout
        if (state == null && e.getMessage() != null && e.getMessage().startsWith("Sorry, acquisition timeout")) {
            return "08000";
        }
        return null;
    }
}
