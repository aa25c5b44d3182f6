package health.hipspine.stack;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The container files cannot be run on a machine without Docker or Kubernetes; this checks what can
 * be checked without them: every YAML file under deploy/ parses, and the manifests and the compose
 * file agree with the fixed ports, environment variables and each other.
 */
class DeploymentFilesTest {

    private static final Path DEPLOY = Path.of(System.getProperty("hipspine.root", "../..")).resolve("deploy");
    private static final Map<String, Integer> PORTS = Map.of("content-service", 8081, "assessment-service", 8082,
            "report-service", 8083);

    @Test
    void everyYamlFileUnderDeployParses() throws IOException {
        List<Path> files = yamlFiles();
        assertTrue(files.size() >= 6, "expected the compose file and the Kubernetes manifests, found " + files);
        for (Path file : files) {
            try {
                documents(file);
            } catch (RuntimeException e) {
                fail(file + " is not valid YAML: " + e.getMessage());
            }
        }
    }

    @Test
    void eachServiceHasADeploymentAndAServiceOnItsContractPort() throws IOException {
        for (var entry : PORTS.entrySet()) {
            String name = entry.getKey();
            List<Map<String, Object>> docs = documents(DEPLOY.resolve("kubernetes/" + name + ".yaml"));
            Map<String, Object> deployment = byKind(docs, "Deployment", name);
            Map<String, Object> service = byKind(docs, "Service", name);
            Map<String, Object> container = container(deployment);
            Map<String, Object> port = list(container, "ports").get(0);
            assertEquals(entry.getValue(), port.get("containerPort"), name + " container port");
            Map<String, Object> servicePort = list(map(service, "spec"), "ports").get(0);
            assertEquals(entry.getValue(), servicePort.get("port"), name + " service port");
            assertEquals(port.get("name"), servicePort.get("targetPort"), name + " service targets the named container port");
            assertEquals(map(map(map(deployment, "spec"), "selector"), "matchLabels"),
                    map(service, "spec").get("selector"), name + " service selects the deployment's pods");
            assertEquals("/q/health/ready", map(map(container, "readinessProbe"), "httpGet").get("path"), name + " readiness");
            // health lives on the management interface, which must listen on the pod network
            assertEquals("management", map(map(container, "readinessProbe"), "httpGet").get("port"), name + " readiness port");
            assertEquals("management", map(map(container, "livenessProbe"), "httpGet").get("port"), name + " liveness port");
            assertEquals("management", list(container, "ports").get(1).get("name"), name + " management port");
            assertTrue(list(container, "env").stream().anyMatch(e -> "MANAGEMENT_HOST".equals(e.get("name"))
                    && "0.0.0.0".equals(e.get("value"))), name + " management interface on the pod network");
        }
    }

    @Test
    void manifestsTakeSecretsFromTheSecretAndEveryReferencedKeyExists() throws IOException {
        Map<String, Object> configData = map(byKind(documents(DEPLOY.resolve("kubernetes/config.yaml")), "ConfigMap",
                "hipspine-config"), "data");
        Map<String, Object> secretData = map(byKind(documents(DEPLOY.resolve("kubernetes/secrets.example.yaml")),
                "Secret", "hipspine-secrets"), "stringData");
        for (String name : PORTS.keySet()) {
            Map<String, Object> container = container(byKind(documents(DEPLOY.resolve("kubernetes/" + name + ".yaml")),
                    "Deployment", name));
            List<String> names = new ArrayList<>();
            for (Map<String, Object> env : list(container, "env")) {
                String var = (String) env.get("name");
                names.add(var);
                if (var.contains("PASSWORD") || var.contains("SECRET")) {
                    assertFalse(env.containsKey("value"), name + ": " + var + " must come from a Secret, not a literal");
                }
                Map<String, Object> from = (Map<String, Object>) env.get("valueFrom");
                if (from != null && from.get("secretKeyRef") != null) {
                    String key = (String) map(from, "secretKeyRef").get("key");
                    assertTrue(secretData.containsKey(key), name + ": secret key " + key + " is missing from the template");
                }
                if (from != null && from.get("configMapKeyRef") != null) {
                    String key = (String) map(from, "configMapKeyRef").get("key");
                    assertTrue(configData.containsKey(key), name + ": config key " + key + " is missing");
                }
            }
            assertTrue(names.containsAll(List.of("DB_URL", "DB_USER", "DB_PASSWORD")), name + " env " + names);
            if (!name.equals("content-service")) {
                assertTrue(names.contains("HIPSPINE_KAFKA_PASSWORD"), name + " authenticates to Kafka: env " + names);
            }
        }
        for (String shared : List.of("KAFKA_BOOTSTRAP_SERVERS", "OIDC_AUTH_SERVER_URL", "CONTENT_SERVICE_URL")) {
            assertTrue(configData.containsKey(shared), "ConfigMap lacks " + shared);
        }
        List<?> resources = (List<?>) documents(DEPLOY.resolve("kubernetes/kustomization.yaml")).get(0).get("resources");
        assertTrue(resources.containsAll(List.of("config.yaml", "content-service.yaml", "assessment-service.yaml",
                "report-service.yaml")), "kustomization resources " + resources);
        assertFalse(resources.contains("secrets.example.yaml"), "the secret template must never be applied");
    }

    @Test
    void composeRunsTheInfrastructureAndTheServicesWithTheirEnvironment() throws IOException {
        Map<String, Object> compose = documents(DEPLOY.resolve("docker-compose.yml")).get(0);
        Map<String, Object> services = map(compose, "services");
        assertTrue(services.keySet().containsAll(List.of("postgres", "kafka", "keycloak", "content-service",
                "assessment-service", "report-service")), "compose services " + services.keySet());
        for (var entry : PORTS.entrySet()) {
            Map<String, Object> service = map(services, entry.getKey());
            Map<String, Object> env = map(service, "environment");
            for (String var : List.of("DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "OIDC_AUTH_SERVER_URL")) {
                assertNotNull(env.get(var), entry.getKey() + " lacks " + var);
            }
            String database = entry.getKey().replace("-service", "");
            assertTrue(env.get("DB_URL").toString().endsWith("/" + database), entry.getKey() + " uses its own database");
            // the API, and the management interface (its port is the API port + 1000) on the host's loopback only
            int management = entry.getValue() + 1000;
            assertEquals(List.of(entry.getValue() + ":" + entry.getValue(), "127.0.0.1:" + management + ":" + management),
                    service.get("ports"), entry.getKey() + " ports");
            Map<String, Object> build = map(service, "build");
            assertEquals(entry.getKey(), map(build, "args").get("SERVICE"), entry.getKey() + " image build argument");
            assertTrue(Files.isRegularFile(DEPLOY.getParent().resolve(build.get("dockerfile").toString())),
                    "Dockerfile " + build.get("dockerfile"));
            assertTrue(map(service, "depends_on").keySet().containsAll(List.of("postgres", "kafka", "keycloak")),
                    entry.getKey() + " waits for the infrastructure");
        }
        List<?> volumes = (List<?>) map(services, "keycloak").get("volumes");
        String realmMount = volumes.stream().map(Object::toString).filter(v -> v.contains("hipspine-realm.json"))
                .findFirst().orElseThrow(() -> new AssertionError("keycloak does not import the realm: " + volumes));
        assertTrue(Files.isRegularFile(DEPLOY.resolve(realmMount.substring(0, realmMount.indexOf(':')))), realmMount);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(DEPLOY)) {
            return files.filter(p -> p.toString().matches(".*\\.ya?ml"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setMergeOnCompose(true);
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml(options).loadAll(Files.readString(file))) {
            if (doc != null) {
                docs.add((Map<String, Object>) doc);
            }
        }
        return docs;
    }

    private static Map<String, Object> byKind(List<Map<String, Object>> docs, String kind, String name) {
        return docs.stream().filter(d -> kind.equals(d.get("kind")) && name.equals(map(d, "metadata").get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        return list(map(map(map(deployment, "spec"), "template"), "spec"), "containers").get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof Map, "expected a mapping at " + key + " in " + parent);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof List, "expected a list at " + key + " in " + parent);
        return (List<Map<String, Object>>) value;
    }
}
