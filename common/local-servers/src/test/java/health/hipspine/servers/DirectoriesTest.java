package health.hipspine.servers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoriesTest {

    @Test
    void aDataDirectoryGoesWithEverythingInIt(@TempDir Path parent) throws Exception {
        Path data = parent.resolve("data");
        Files.createDirectories(data.resolve("kraft-logs/assessment-events-0"));
        Files.writeString(data.resolve("kraft-logs/assessment-events-0/00000000000000000000.log"), "records");
        Files.writeString(data.resolve("kafka-credentials.properties"), "admin=secret");

        Directories.delete(data);

        assertFalse(Files.exists(data));
        assertTrue(Files.exists(parent), "only the directory asked for goes");
    }

    @Test
    void aDirectoryThatIsNotThereIsNoError(@TempDir Path parent) {
        assertDoesNotThrow(() -> Directories.delete(parent.resolve("never-created")));
    }
}
