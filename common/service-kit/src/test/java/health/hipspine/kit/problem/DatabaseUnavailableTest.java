package health.hipspine.kit.problem;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAreRecognisedThroughWrappers() {
        assertThat(DatabaseUnavailable.sqlState(new PersistenceException("x", new SQLException("refused", "08001")))).isEqualTo("08001");
        assertThat(DatabaseUnavailable.is(new RuntimeException(new PersistenceException(new SQLException("admin shutdown", "57P01"))))).isTrue();
        assertThat(DatabaseUnavailable.is(new SQLException("starting up", "57P03"))).isTrue();
        assertThat(DatabaseUnavailable.is(new SQLException("statement timeout", "57014"))).isTrue();
        assertThat(DatabaseUnavailable.is(new SQLTransientConnectionException("gone"))).isTrue();
        assertThat(DatabaseUnavailable.is(new SQLException("Sorry, acquisition timeout!"))).isTrue();
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("io", "08006"));
        assertThat(DatabaseUnavailable.sqlState(batch)).as("a chained next exception").isEqualTo("08006");
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.is(new PersistenceException(new SQLException("duplicate", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.is(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.is(new IllegalStateException("boom"))).isFalse();
        assertThat(DatabaseUnavailable.is(null)).isFalse();
    }
}
