package health.hipspine.stack;

import health.hipspine.servers.Directories;
import health.hipspine.servers.KafkaAccess;
import health.hipspine.servers.KafkaBroker;
import health.hipspine.servers.Postgres;
import health.hipspine.servers.Ports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The whole suite on loopback without Docker: PostgreSQL (one database per service), a Kafka broker,
 * Keycloak with the demo realm, and the three services, each in its own process, all state in one
 * data directory. {@code deploy/local/run.sh} runs {@link #main}; the end-to-end test calls
 * {@link #start} with a temporary data directory and free ports.
 */
public final class LocalStack implements AutoCloseable {

    public static final List<String> SERVICES = List.of("content-service", "assessment-service", "report-service");
    public static final List<String> DATABASES = List.of("content", "assessment", "report");
    /** How long a service may take to become ready; a heavily shared machine needs more (-Dhipspine.service.ready-seconds). */
    private static final Duration SERVICE_READY_TIMEOUT =
            Duration.ofSeconds(Long.getLong("hipspine.service.ready-seconds", 180));
    /** The same for Keycloak (-Dhipspine.keycloak.ready-seconds): it took 402-412 s at load 25-30. */
    private static final Duration KEYCLOAK_READY_TIMEOUT =
            Duration.ofSeconds(Long.getLong("hipspine.keycloak.ready-seconds", 300));
    /** The same for Kafka (-Dhipspine.kafka.ready-seconds): 120 s were not enough at load 30 beside Keycloak's boot. */
    private static final Duration KAFKA_READY_TIMEOUT = Duration.ofSeconds(Long.getLong("hipspine.kafka.ready-seconds", 120));

    /** Where things live and which ports they use; {@link #defaults} are the documented fixed ports. */
    public record Settings(Path root, Path data, int postgresPort, int kafkaPort, int kafkaControllerPort,
                           int keycloakPort, int keycloakManagementPort, Map<String, Integer> servicePorts,
                           Map<String, Integer> managementPorts) {

        public static Settings defaults(Path root, Path data) {
            return new Settings(root, data, 15432, 19092, 19093, 8180, 9180,
                    Map.of("content-service", 8081, "assessment-service", 8082, "report-service", 8083),
                    Map.of("content-service", 9081, "assessment-service", 9082, "report-service", 9083));
        }

        /** Free ports everywhere: for tests that must not collide with a running dev stack. */
        public static Settings freePorts(Path root, Path data) {
            return new Settings(root, data, Ports.freePort(), Ports.freePort(), Ports.freePort(), Ports.freePort(),
                    Ports.freePort(), Map.of("content-service", Ports.freePort(),
                    "assessment-service", Ports.freePort(), "report-service", Ports.freePort()),
                    Map.of("content-service", Ports.freePort(), "assessment-service", Ports.freePort(),
                    "report-service", Ports.freePort()));
        }
    }

    private final Settings settings;
    private final Consumer<String> progress;
    /** Extra environment for every service (e.g. the OTLP exporter of a test's trace receiver); empty by default. */
    private final Map<String, String> serviceEnvironment;
    private Postgres postgres;
    private KafkaBroker kafka;
    private Keycloak keycloak;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private LocalStack(Settings settings, Consumer<String> progress, Map<String, String> serviceEnvironment) {
        this.settings = settings;
        this.progress = progress;
        this.serviceEnvironment = Map.copyOf(serviceEnvironment);
    }

    /** Starts every part and returns once all are healthy; on failure stops what already runs. */
    public static LocalStack start(Settings settings, Consumer<String> progress) throws IOException, InterruptedException {
        return start(settings, progress, Map.of());
    }

    /**
     * The same, with {@code serviceEnvironment} added to every service's environment (also when a service is
     * restarted): a test that asks for it, e.g. {@code OTEL_*} settings pointing the services at its trace receiver.
     */
    public static LocalStack start(Settings settings, Consumer<String> progress, Map<String, String> serviceEnvironment)
            throws IOException, InterruptedException {
        LocalStack stack = new LocalStack(settings, progress, serviceEnvironment);
        try {
            stack.startAll();
            return stack;
        } catch (IOException | InterruptedException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() throws IOException, InterruptedException {
        Path data = settings.data().toAbsolutePath();
        Files.createDirectories(data);
        for (String service : SERVICES) {
            if (!Files.isRegularFile(ServiceProcess.runJar(settings.root(), service))) {
                throw new IOException(service + " is not built: run ./mvnw -B -DskipTests package first");
            }
        }
        List<Integer> ports = new ArrayList<>(List.of(settings.postgresPort(), settings.kafkaPort(),
                settings.kafkaControllerPort(), settings.keycloakPort(), settings.keycloakManagementPort()));
        ports.addAll(settings.servicePorts().values());
        ports.addAll(settings.managementPorts().values());
        List<Integer> taken = ports.stream().filter(Ports::isOpen).toList();
        if (!taken.isEmpty()) {
            throw new IOException("port(s) " + taken + " already in use on 127.0.0.1: is another stack running?"
                    + " (deploy/local/run.sh stop)");
        }
        long t0 = System.nanoTime();
        // Keycloak is the slowest part: start it first and let it boot while the others come up.
        progress.accept("starting Keycloak " + Keycloak.VERSION + " on port " + settings.keycloakPort()
                + " (first start unpacks and configures it: about a minute)");
        keycloak = Keycloak.start(data.resolve("keycloak"), realmForPorts(data),
                settings.keycloakPort(), settings.keycloakManagementPort(), progress);

        progress.accept("starting PostgreSQL 17 on port " + settings.postgresPort());
        postgres = Postgres.start(data.resolve("postgres"), settings.postgresPort(), DATABASES);
        progress.accept(elapsed(t0) + "PostgreSQL ready (databases " + String.join(", ", DATABASES) + ")");

        progress.accept("starting Kafka 4.3.1 on port " + settings.kafkaPort());
        kafka = KafkaBroker.start(libDirectory(), data.resolve("kafka"), settings.kafkaPort(),
                settings.kafkaControllerPort(), KAFKA_READY_TIMEOUT);
        progress.accept(elapsed(t0) + "Kafka ready at " + kafka.bootstrapServers());

        progress.accept("waiting for Keycloak (log: " + keycloak.process().log() + ")");
        keycloak.awaitReady(KEYCLOAK_READY_TIMEOUT);
        progress.accept(elapsed(t0) + "Keycloak ready at " + keycloak.url());

        for (String service : SERVICES) {
            int port = settings.servicePorts().get(service);
            progress.accept("starting " + service + " on port " + port);
            services.put(service, ServiceProcess.start(settings.root(), service, port,
                    settings.managementPorts().get(service), environment(service),
                    data.resolve("services")));
        }
        for (ServiceProcess service : services.values()) {
            service.awaitReady(SERVICE_READY_TIMEOUT);
            progress.accept(elapsed(t0) + service.name() + " ready at " + service.url());
        }
    }

    /**
     * The demo realm with the services' documented ports (8081-8083) replaced by this stack's, so the console's and
     * Swagger UI's redirect URIs and web origins match on free ports too; identical on the default ports.
     */
    private Path realmForPorts(Path data) throws IOException {
        String realm = Files.readString(settings.root().resolve("deploy/keycloak/hipspine-realm.json"));
        Map<String, Integer> documented = Settings.defaults(settings.root(), data).servicePorts();
        for (String service : SERVICES) {
            realm = realm.replace("localhost:" + documented.get(service) + "/",
                            "localhost:" + settings.servicePorts().get(service) + "/")
                    .replace("\"http://localhost:" + documented.get(service) + "\"",
                            "\"http://localhost:" + settings.servicePorts().get(service) + "\"");
        }
        Path file = data.resolve("hipspine-realm.json");
        Files.writeString(file, realm);
        return file;
    }

    /** The clinician console's address (served by assessment-service). */
    public String consoleUrl() {
        return browserUrl("assessment-service") + "/console/";
    }

    /** A service as the browser addresses it: localhost, the host Keycloak's issuer and redirect URIs name. */
    private String browserUrl(String service) {
        return "http://localhost:" + settings.servicePorts().get(service);
    }

    private Path libDirectory() {
        String configured = System.getProperty(KafkaBroker.LIB_PROPERTY, System.getenv("HIPSPINE_KAFKA_LIB"));
        return configured != null ? Path.of(configured) : settings.root().resolve("common/kafka-broker/target/lib");
    }

    /** Everything a service needs, as environment variables (the same names a deployment sets). */
    private Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_URL", postgres.jdbcUrl(service.replace("-service", "")));
        env.put("DB_USER", Postgres.USER);
        env.put("DB_PASSWORD", "postgres");
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        if (KafkaAccess.SERVICES.contains(service)) {
            // the service's own SCRAM principal (its name); the password was generated into .data/kafka
            env.put("HIPSPINE_KAFKA_PASSWORD", kafka.credentials().password(service));
        }
        env.put("OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        env.put("CONTENT_SERVICE_URL", "http://127.0.0.1:" + settings.servicePorts().get("content-service"));
        // the console (served by assessment-service) calls all three services from its origin
        String console = browserUrl("assessment-service");
        env.put("CORS_ORIGINS", "http://localhost:3000," + console + "," + console.replace("localhost", "127.0.0.1"));
        if (service.equals("assessment-service")) {
            env.put("CONSOLE_CONTENT_URL", browserUrl("content-service"));
            env.put("CONSOLE_REPORT_URL", browserUrl("report-service"));
        }
        if (service.equals("report-service") || service.equals("assessment-service")) {
            // the service's own confidential client (DEMO secret from the realm), used to read content: report-service
            // always, assessment-service when its caller has no Keycloak token (CDS Hooks calls)
            env.put("OIDC_CLIENT_SECRET", "demo-secret-" + service);
        }
        env.putAll(serviceEnvironment);
        // extra JVM options for one service (-Dhipspine.jvm-options.report-service="..."), e.g. to try a heap setting
        String jvmOptions = System.getProperty("hipspine.jvm-options." + service);
        if (jvmOptions != null && !jvmOptions.isBlank()) {
            env.put(ServiceProcess.JVM_OPTIONS, jvmOptions);
        }
        return env;
    }

    private static String elapsed(long t0) {
        return String.format(Locale.ROOT, "[%5.1f s] ", (System.nanoTime() - t0) / 1e9);
    }

    public Settings settings() {
        return settings;
    }

    public Keycloak keycloak() {
        return keycloak;
    }

    public Postgres postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public String serviceUrl(String service) {
        return services.get(service).url();
    }

    /** A running service instance: its process id and log (the performance harness reads both). */
    public ServiceProcess service(String instance) {
        return services.get(instance);
    }

    /** The service's management interface: health and Prometheus metrics, no token. */
    public String managementUrl(String service) {
        return services.get(service).managementUrl();
    }

    // ---- fault injection (deploy/faults): the same processes, stopped and started on purpose ----------

    /** kill -9 of a service instance (SIGKILL: no shutdown hook, no graceful drain); waits until it is gone. */
    public void killService(String instance) throws InterruptedException {
        ServiceProcess service = services.remove(instance);
        if (service == null) {
            throw new IllegalArgumentException("no running instance " + instance);
        }
        service.kill();
    }

    /**
     * Stops a service instance as the run command's stop does (SIGTERM, 20 s grace): it exits cleanly and writes its
     * class-data archive, which its next start uses.
     */
    public void stopService(String instance) {
        ServiceProcess service = services.remove(instance);
        if (service == null) {
            throw new IllegalArgumentException("no running instance " + instance);
        }
        service.close();
    }

    /** Starts {@code service} again on its usual port (after {@link #killService}) and waits until it is ready. */
    public void startService(String service) throws IOException, InterruptedException {
        startInstance(service, service, settings.servicePorts().get(service), settings.managementPorts().get(service));
    }

    /**
     * Starts an instance of {@code service} named {@code instance} on {@code port}, with the service's own
     * environment (same database, broker and group), and waits until it is ready. A second instance logs to
     * {@code services-<instance>/} so the two never share a log or class-data archive.
     */
    public ServiceProcess startInstance(String service, String instance, int port) throws IOException, InterruptedException {
        // a second instance needs its own management port as well (the service's usual one is taken)
        return startInstance(service, instance, port, Ports.freePort());
    }

    private ServiceProcess startInstance(String service, String instance, int port, int managementPort)
            throws IOException, InterruptedException {
        Path dir = settings.data().toAbsolutePath().resolve(instance.equals(service) ? "services" : "services-" + instance);
        ServiceProcess process = ServiceProcess.start(settings.root(), service, port, managementPort, environment(service), dir);
        services.put(instance, process);
        process.awaitReady(SERVICE_READY_TIMEOUT);
        return process;
    }

    /** Stops the broker (its log and credentials stay in the data directory). */
    public void stopKafka() {
        kafka.close();
    }

    /** Starts the broker again on the same ports and data directory. */
    public void startKafka() throws IOException, InterruptedException {
        kafka = KafkaBroker.start(libDirectory(), settings.data().toAbsolutePath().resolve("kafka"), settings.kafkaPort(),
                settings.kafkaControllerPort(), KAFKA_READY_TIMEOUT);
    }

    /** The postmaster and every backend it forked: SIGSTOP/SIGCONT on all of them freezes the database. */
    public List<ProcessHandle> postgresProcesses() {
        return postgresPid().flatMap(ProcessHandle::of)
                .map(p -> Stream.concat(Stream.of(p), p.descendants()).toList()).orElse(List.of());
    }

    /** Resident memory per part in MB, including each part's child processes (kc.sh starts a JVM; postgres forks). */
    public Map<String, Long> residentMemoryMb() {
        Map<String, Long> rss = new LinkedHashMap<>();
        postgresPid().ifPresent(pid -> rss.put("postgres", Memory.rssMbWithDescendants(pid)));
        if (kafka != null) {
            rss.put("kafka", Memory.rssMbWithDescendants(kafka.pid()));
        }
        if (keycloak != null) {
            rss.put("keycloak", Memory.rssMbWithDescendants(keycloak.pid()));
        }
        services.values().forEach(s -> rss.put(s.name(), Memory.rssMbWithDescendants(s.pid())));
        return rss;
    }

    private Optional<Long> postgresPid() {
        Path pidFile = settings.data().resolve("postgres/postmaster.pid");
        try {
            return Files.exists(pidFile) ? Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stops the services first, then Keycloak, Kafka and PostgreSQL; never throws. */
    @Override
    public void close() {
        // The services do not depend on each other for shutting down: stop them side by side.
        List<Thread> stopping = new ArrayList<>();
        for (ServiceProcess service : services.values()) {
            stopping.add(Thread.ofPlatform().name("stop-" + service.name()).start(service::close));
        }
        for (Thread t : stopping) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        services.clear();
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                progress.accept("stopping PostgreSQL failed: " + e.getMessage());
            }
            postgres = null;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Command line: up [--reset] | stop | reset, with --data DIR and --root DIR.

    public static void main(String[] args) throws Exception {
        String command = "up";
        boolean reset = false;
        Path root = Path.of(System.getProperty("hipspine.root", ".")).toAbsolutePath().normalize();
        Path data = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "up", "stop", "reset" -> command = args[i];
                case "--reset" -> reset = true;
                case "--data" -> data = Path.of(args[++i]);
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath().normalize();
                default -> {
                    System.err.println("usage: LocalStack [up|stop|reset] [--reset] [--data DIR] [--root DIR]");
                    System.exit(2);
                }
            }
        }
        data = (data != null ? data : root.resolve(".data")).toAbsolutePath().normalize();
        Path pidFile = data.resolve("stack.pid");
        switch (command) {
            case "stop" -> {
                stop(data, pidFile);
                return;
            }
            case "reset" -> {
                stop(data, pidFile);
                Directories.delete(data);
                return;
            }
            default -> {
            }
        }
        Optional<ProcessHandle> running = runningStack(pidFile);
        if (running.isPresent()) {
            System.err.println("The stack already runs (pid " + running.get().pid() + "); stop it with deploy/local/run.sh stop");
            System.exit(1);
        }
        killLeftovers(data);
        if (reset) {
            System.out.println("--reset: wiping " + data);
            Directories.delete(data);
        }
        Files.createDirectories(data);
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));

        long t0 = System.nanoTime();
        Settings settings = Settings.defaults(root, data);
        CountDownLatch stopped = new CountDownLatch(1);
        LocalStack[] holder = new LocalStack[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nstopping the stack ...");
            synchronized (holder) {
                if (holder[0] != null) {
                    holder[0].close();
                }
            }
            killLeftovers(settings.data());
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // best effort
            }
            System.out.println("stopped.");
            stopped.countDown();
        }, "local-stack-shutdown"));

        LocalStack stack;
        try {
            stack = start(settings, message -> System.out.println("  " + message));
        } catch (IOException e) {
            System.err.println("\nThe stack did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        synchronized (holder) {
            holder[0] = stack;
        }
        System.out.println(banner(stack, (System.nanoTime() - t0) / 1e9));
        stopped.await();
    }

    private static String banner(LocalStack stack, double seconds) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%nHip-Spine Navigator is up (%.1f s). Data: %s%n%n", seconds, stack.settings.data()));
        for (String service : SERVICES) {
            String url = "http://localhost:" + stack.settings.servicePorts().get(service);
            String management = "http://localhost:" + stack.settings.managementPorts().get(service);
            b.append(String.format(Locale.ROOT, "  %-19s %s/q/swagger-ui   health %s/q/health   metrics %s/q/metrics%n",
                    service, url, management, management));
        }
        b.append(String.format(Locale.ROOT, "  %-19s %s  (sign in as alice / alice-demo)%n", "Clinician console",
                stack.consoleUrl()));
        b.append(String.format(Locale.ROOT, "  %-19s %s/admin  (DEMO console login %s / %s)%n",
                "Keycloak", stack.keycloak.url(), Keycloak.ADMIN_USER, Keycloak.ADMIN_PASSWORD));
        b.append(String.format(Locale.ROOT, "  %-19s realm %s, token endpoint %s%n", "", Keycloak.REALM, stack.keycloak.tokenUrl()));
        b.append(String.format(Locale.ROOT, "  %-19s jdbc:postgresql://127.0.0.1:%d/{content,assessment,report} user postgres%n",
                "PostgreSQL", stack.postgres.port()));
        // where the passwords are, never the passwords themselves
        b.append(String.format(Locale.ROOT, "  %-19s %s  SASL_PLAINTEXT, SCRAM-SHA-512; users admin, assessment-service,"
                + " report-service; passwords in %s%n%n", "Kafka", stack.kafka.bootstrapServers(),
                stack.kafka.dataDirectory().resolve("kafka-credentials.properties")));
        b.append("DEMO credentials (demo only, never in production):\n");
        b.append("  users (client hipspine-web): alice / alice-demo (clinician, clinic-a), bob / bob-demo (clinician, clinic-b),\n");
        b.append("                               erin / erin-demo (content-editor), adam / adam-demo (admin)\n");
        b.append("  EHR clients (client credentials): ehr-clinic-a / demo-secret-ehr-clinic-a, ehr-clinic-b / demo-secret-ehr-clinic-b\n");
        b.append("  a token: curl -s -d grant_type=password -d client_id=hipspine-web -d username=alice -d password=alice-demo \\\n");
        b.append("           ").append(stack.keycloak.tokenUrl()).append("\n\n");
        b.append("Memory (RSS, MB): ");
        stack.residentMemoryMb().forEach((name, mb) -> b.append(name).append(' ').append(mb).append("  "));
        b.append("\n\nCtrl-C (or deploy/local/run.sh stop) stops everything.");
        return b.toString();
    }

    private static Optional<ProcessHandle> runningStack(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(c -> c.contains(LocalStack.class.getName())).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code stop}: asks the running stack to shut down (its hook stops every part), then sweeps leftovers. */
    private static void stop(Path data, Path pidFile) throws InterruptedException {
        Optional<ProcessHandle> running = runningStack(pidFile);
        if (running.isEmpty()) {
            System.out.println("no running stack for " + data);
        } else {
            System.out.println("stopping the stack (pid " + running.get().pid() + ") ...");
            running.get().destroy();
            try {
                running.get().onExit().get(90, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                running.get().destroyForcibly();
            }
        }
        killLeftovers(data);
        System.out.println("stopped.");
    }

    /**
     * Stops any process whose command line points into the data directory (children of a stack that
     * was killed, e.g. an orphaned postgres): everything but PostgreSQL first, PostgreSQL last.
     */
    static void killLeftovers(Path data) {
        String marker = data.toAbsolutePath().normalize() + "/";
        ProcessHandle self = ProcessHandle.current();
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self.pid())
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .filter(p -> p.info().commandLine().map(c -> !c.contains(LocalStack.class.getName())).orElse(true))
                .sorted(Comparator.comparing(p -> p.info().command().orElse("").endsWith("postgres")))
                .toList();
        for (ProcessHandle p : leftovers) {
            System.out.println("  stopping leftover process " + p.pid() + " " + p.info().command().orElse(""));
            p.destroy();
            try {
                p.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }
}
