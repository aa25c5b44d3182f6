package health.hipspine.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalStackTest {

    /** A process whose command line names a file inside {@code dir} (as postgres -D, kafka's config, ...). */
    private static Process processPointingInto(Path dir) throws Exception {
        Path marker = Files.createDirectories(dir).resolve("marker");
        Files.writeString(marker, "");
        return new ProcessBuilder("sh", "-c", "sleep 300", marker.toString()).start();
    }

    @Test
    void leftoversOfAKilledStackAreStoppedButOtherProcessesAreNot(@TempDir Path temp) throws Exception {
        Process leftover = processPointingInto(temp.resolve("data"));
        Process unrelated = processPointingInto(temp.resolve("data-of-another-stack"));
        try {
            LocalStack.killLeftovers(temp.resolve("data"));
            assertTrue(leftover.waitFor(10, TimeUnit.SECONDS), "the process pointing into the data directory is stopped");
            assertTrue(unrelated.isAlive(), "a process of another data directory keeps running");
        } finally {
            leftover.destroyForcibly();
            unrelated.destroyForcibly();
        }
    }

    @Test
    void freePortSettingsNeverUseTheFixedDevelopmentPorts(@TempDir Path temp) {
        LocalStack.Settings free = LocalStack.Settings.freePorts(temp, temp);
        LocalStack.Settings fixed = LocalStack.Settings.defaults(temp, temp);
        assertFalse(free.keycloakPort() == fixed.keycloakPort() || free.postgresPort() == fixed.postgresPort()
                || free.kafkaPort() == fixed.kafkaPort() || free.servicePorts().containsValue(8081),
                "free ports: " + free);
    }
}
