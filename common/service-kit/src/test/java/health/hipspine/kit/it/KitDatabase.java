package health.hipspine.kit.it;

import health.hipspine.testing.PostgresTestResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The shared PostgreSQL with a fresh database holding exactly the SQL the kit ships for services to copy
 * (no Flyway here: the file is not named as a migration), applied before Quarkus starts so Hibernate
 * validates the entity against it as it will in each service.
 */
public class KitDatabase extends PostgresTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        try (InputStream sql = KitDatabase.class.getResourceAsStream("/db/kit/V1_5__audit_entry.sql");
                Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                        config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS audit_entry; DROP FUNCTION IF EXISTS audit_entry_is_append_only()");
            s.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("audit_entry.sql does not apply", e);
        }
        return config;
    }
}
