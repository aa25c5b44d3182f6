package health.hipspine.testing;

import org.testcontainers.DockerClientFactory;

/**
 * The {@link ServerChoice} of this test JVM, decided once: the property {@value ServerChoice#PROPERTY}, and
 * for {@code auto} Testcontainers' Docker probe (quick where no Docker socket exists: it finds none).
 */
final class TestServers {

    private static ServerChoice choice;

    private TestServers() {
    }

    static synchronized ServerChoice choice() {
        if (choice == null) {
            choice = ServerChoice.decide(System.getProperty(ServerChoice.PROPERTY), TestServers::dockerAvailable);
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
