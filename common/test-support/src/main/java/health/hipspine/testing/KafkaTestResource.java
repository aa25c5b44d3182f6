package health.hipspine.testing;

import health.hipspine.servers.KafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A real Kafka 4.3.1 broker (KRaft) in its own process for {@code @QuarkusTest}; one per test JVM.
 * {@link #stopBroker()} and {@link #restartBroker()} let a test take the broker away and bring it
 * back on the same ports and log directory.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;
    private static Path dataDirectory;

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            try {
                dataDirectory = Files.createTempDirectory("hipspine-kafka");
                broker = KafkaBroker.start(KafkaBroker.defaultLibDirectory(), dataDirectory, 0, 0, Duration.ofSeconds(90));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaTestResource::stopBroker));
        }
        return broker;
    }

    public static String bootstrapServers() {
        return broker().bootstrapServers();
    }

    /** Stops the broker process (SIGTERM); the log directory is kept for {@link #restartBroker()}. */
    public static synchronized void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    /** Starts the broker again on the same ports with the same log directory. */
    public static synchronized void restartBroker() {
        try {
            broker = KafkaBroker.start(KafkaBroker.defaultLibDirectory(), dataDirectory, broker.port(),
                    broker.controllerPort(), Duration.ofSeconds(90));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // shared by every test class in this JVM; the shutdown hook stops it
    }
}
