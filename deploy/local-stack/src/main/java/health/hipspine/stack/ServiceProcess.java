package health.hipspine.stack;

import health.hipspine.servers.ChildProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One of our Quarkus services, run from its packaged fast-jar ({@code target/quarkus-app/quarkus-run.jar})
 * in its own JVM, configured only through environment variables, exactly as in a deployment.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Environment variable with JVM options added after the defaults below (space-separated; later ones win). */
    public static final String JVM_OPTIONS = "JAVA_OPTS_APPEND";

    private final String name;
    private final ChildProcess process;
    private final int port;
    private final int managementPort;

    private ServiceProcess(String name, ChildProcess process, int port, int managementPort) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
    }

    public static Path runJar(Path repositoryRoot, String service) {
        return repositoryRoot.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * Starts the service with its API on {@code port} and health and metrics on {@code managementPort} (both on
     * loopback); {@code environment} holds DB_URL, KAFKA_BOOTSTRAP_SERVERS, OIDC_AUTH_SERVER_URL and so on.
     */
    public static ServiceProcess start(Path repositoryRoot, String service, int port, int managementPort,
                                       Map<String, String> environment, Path dataDirectory) throws IOException {
        Path jar = runJar(repositoryRoot, service);
        if (!Files.isRegularFile(jar)) {
            throw new IOException(service + " is not built (" + jar + " missing): run ./mvnw -B -DskipTests package");
        }
        Files.createDirectories(dataDirectory);
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable()));
        command.addAll(HEAP);
        command.addAll(List.of("-XX:+UseSerialGC",
                // glibc keeps memory freed by the JVM's own mallocs (start-up's parsers, compiler arenas) until trimmed:
                // idle RSS 18-31 MB lower with a trim every 5 s (docs/performance.md)
                "-XX:TrimNativeHeapInterval=5000",
                // Class-data archive per service: created on the first run, reused (or rebuilt if the jar changed) later.
                "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + dataDirectory.toAbsolutePath().resolve(service + ".jsa"),
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        String extra = environment.get(JVM_OPTIONS);
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        Map<String, String> env = new HashMap<>(environment);
        env.put("HTTP_PORT", Integer.toString(port));
        env.put("HTTP_HOST", "127.0.0.1");
        env.put("MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("MANAGEMENT_HOST", "127.0.0.1");
        // glibc gives each thread that mallocs its own 64 MB arena (up to 8 per core): resident memory grows with thread
        // count, not need. Two arenas is the usual setting for JVMs, whose heap is not malloc'd anyway.
        env.putIfAbsent("MALLOC_ARENA_MAX", "2");
        ChildProcess process = ChildProcess.start(service, command, dataDirectory,
                dataDirectory.resolve(service + ".log"), env);
        return new ServiceProcess(service, process, port, managementPort);
    }

    /**
     * The same small heap for every service. report-service had a fixed 352 MB heap with a large young generation for
     * a while: whole documents survived young collections. The cause was Batik drawing the exercise pictures in each
     * document (its Graphics2D objects have finalizers and kept their document reachable); the pictures are now drawn
     * once (docs/performance.md), and a rendered document dies young.
     */
    static final List<String> HEAP = List.of("-Xms32m", "-Xmx256m");

    /** Waits until /q/health/ready (management interface) answers 200 (every check UP). */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited; see " + process.log());
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new IOException(name + " not ready after " + timeout.toSeconds() + " s (last: " + last + "); see "
                + process.log());
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int managementPort() {
        return managementPort;
    }

    /** Health ({@code /q/health}) and Prometheus metrics ({@code /q/metrics}), without a token. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** kill -9, waiting until the process is gone. */
    public void kill() throws InterruptedException {
        process.kill();
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return process.log();
    }

    @Override
    public void close() {
        process.close();
    }
}
