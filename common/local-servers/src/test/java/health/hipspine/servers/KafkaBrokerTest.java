package health.hipspine.servers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaBrokerTest {

    @Test
    void clusterIdsNeverLookLikeACommandLineOption() {
        // about one in 64 random ids would start with '-'; 5,000 draws catch that with near certainty
        for (int i = 0; i < 5_000; i++) {
            String id = KafkaBroker.clusterId();
            assertEquals(22, id.length(), id);
            assertFalse(id.startsWith("-"), "cluster id " + id + " would be parsed as an option");
        }
    }

    @Test
    void startsStopsAndRestartsOnTheSamePortsWithItsLog(@TempDir Path data) throws Exception {
        KafkaBroker broker = KafkaBroker.start(KafkaBroker.defaultLibDirectory(), data, 0, 0, Duration.ofSeconds(90));
        int port = broker.port();
        assertTrue(Ports.isOpen(port), "broker listens once started");
        long pid = broker.pid();
        broker.close();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "no broker process is left behind");
        assertFalse(Ports.isOpen(port), "port is released after stop");
        assertTrue(Files.exists(data.resolve("kraft-logs/meta.properties")), "log directory was formatted once");

        try (KafkaBroker again = KafkaBroker.start(KafkaBroker.defaultLibDirectory(), data, port, broker.controllerPort(),
                Duration.ofSeconds(90))) {
            assertTrue(Ports.isOpen(port), "restarted broker listens on the same port");
        }
    }
}
