package health.hipspine.testing;

import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;

/**
 * The {@link ServerChoice} of this test JVM, decided once: the property {@value ServerChoice#PROPERTY}, and
 * for {@code auto} Testcontainers' Docker probe (quick where no Docker socket exists: it finds none).
 */
final class TestServers {

    private static final Logger LOG = Logger.getLogger(TestServers.class);
    private static ServerChoice choice;

    private TestServers() {
    }

    static synchronized ServerChoice choice() {
        if (choice == null) {
            String property = System.getProperty(ServerChoice.PROPERTY);
            long started = System.nanoTime();
            choice = ServerChoice.decide(property, TestServers::dockerAvailable);
            LOG.infof("%s=%s: %s PostgreSQL and Kafka (decided in %d ms)", ServerChoice.PROPERTY,
                    property == null ? "auto" : property, choice == ServerChoice.CONTAINERS
                            ? "Testcontainers" : "embedded", (System.nanoTime() - started) / 1_000_000);
        }
        return choice;
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
