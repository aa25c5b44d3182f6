package health.hipspine.stack;

import health.hipspine.servers.ChildProcess;
import health.hipspine.servers.Ports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak 26.7.3 server (the Quarkus distribution zip from Maven Central) in dev mode on
 * loopback, with the demo realm imported on first start. Its H2 database lives in the data
 * directory, so users and sessions survive restarts; the realm is imported only when missing.
 */
public final class Keycloak implements AutoCloseable {

    public static final String VERSION = "26.7.3";
    public static final String REALM = "hipspine";
    /** DEMO master-realm administrator for the admin console (created on first start). */
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin-demo";
    /** Environment variable or system property naming the distribution zip, if not in ~/.m2. */
    public static final String ZIP_PROPERTY = "hipspine.keycloak.zip";

    private final ChildProcess process;
    private final int port;
    private final int managementPort;

    private Keycloak(ChildProcess process, int port, int managementPort) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
    }

    /** The distribution zip: the configured file, else the one Maven resolved into the local repository. */
    public static Path distributionZip() {
        String configured = System.getProperty(ZIP_PROPERTY, System.getenv("HIPSPINE_KEYCLOAK_ZIP"));
        if (configured != null) {
            return Path.of(configured);
        }
        Properties build = new Properties();
        try (InputStream in = Keycloak.class.getResourceAsStream("/local-stack.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String resolved = build.getProperty("keycloak.zip", "");
        if (!resolved.isBlank() && !resolved.startsWith("${")) {
            return Path.of(resolved);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                "keycloak-quarkus-dist", VERSION, "keycloak-quarkus-dist-" + VERSION + ".zip");
    }

    /**
     * Unpacks the distribution into the data directory (once), places the realm for import and starts
     * {@code kc.sh start-dev}. Returns once the process runs; call {@link #awaitReady} to wait for it.
     */
    public static Keycloak start(Path dataDirectory, Path realmFile, int port, int managementPort,
                                 java.util.function.Consumer<String> progress) throws IOException {
        Path home = dataDirectory.resolve("keycloak-" + VERSION);
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            Path zip = distributionZip();
            if (!Files.isRegularFile(zip)) {
                throw new IOException("Keycloak distribution not found at " + zip
                        + ": build deploy/local-stack first (./mvnw -B -pl deploy/local-stack -am package)");
            }
            progress.accept("unpacking Keycloak " + VERSION + " (" + Files.size(zip) / (1024 * 1024) + " MB) into " + home);
            unzip(zip, dataDirectory);
        }
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        Files.copy(realmFile, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);

        int httpPort = port > 0 ? port : Ports.freePort();
        int mgmtPort = managementPort > 0 ? managementPort : Ports.freePort();
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + httpPort,
                "--http-management-port=" + mgmtPort,
                // The issuer follows the request host in dev mode: pin it so tokens always say localhost.
                "--hostname=http://localhost:" + httpPort,
                "--import-realm", "--health-enabled=true"));
        Map<String, String> env = new HashMap<>();
        String javaHome = ProcessHandle.current().info().command()
                .map(java -> Path.of(java).getParent().getParent().toString()).orElse(System.getenv("JAVA_HOME"));
        if (javaHome != null) {
            env.put("JAVA_HOME", javaHome);
        }
        // DEMO administrator of the master realm, created on the first start only.
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // A class-data archive created on the first run roughly halves later start times (JDK 19+).
        env.put("JAVA_OPTS_APPEND", "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="
                + dataDirectory.toAbsolutePath().resolve("keycloak.jsa") + " -Xlog:cds=off -Xlog:cds+dynamic=off");
        ChildProcess process = ChildProcess.start("keycloak", command, home, dataDirectory.resolve("keycloak.log"), env);
        return new Keycloak(process, httpPort, mgmtPort);
    }

    /** Waits until the realm's discovery document answers, i.e. the realm is imported and tokens can be issued. */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Keycloak exited; see " + process.log());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IOException("Keycloak not ready after " + timeout.toSeconds() + " s; see " + process.log());
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        Path root = target.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = root.resolve(entry.getName()).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    if (out.toString().endsWith(".sh")) {
                        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    /** Base URL with the host the issuer uses (localhost): services must use the same host. */
    public String url() {
        return "http://localhost:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    public long pid() {
        return process.pid();
    }

    public ChildProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
