package health.hipspine.report.content;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An HTTP server on a fixed loopback port that answers the two content-service reads the report service makes
 * (an exercise, a finding name) in the content service's JSON, and the client-credentials token request before them, and that a test can stop and start again like a
 * content-service outage. Not the content service itself (a second Quarkus application in this JVM is out of
 * reach): only its wire format, taken from common/content-contract.
 */
public class CatalogueStandIn implements QuarkusTestResourceLifecycleManager {

    private static int port;
    private static HttpServer server;

    @Override
    public Map<String, String> start() {
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the service-to-content token comes from here too: the OIDC WireMock has no stub at the realm's token path
        return Map.of("quarkus.rest-client.content.url", "http://127.0.0.1:" + port,
                "quarkus.oidc-client.token-path", "http://127.0.0.1:" + port + "/token");
    }

    @Override
    public void stop() {
        down();
    }

    /** Starts answering (again) on the same port. */
    public static synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/exercises/", exchange -> {
            String code = exchange.getRequestURI().getPath().substring("/api/v1/exercises/".length());
            reply(exchange, """
                    {"code":"%s","name":"Catalogue %s","category":"hip-strengthening","region":"hip","targetMuscles":["gluteus maximus"],
                     "summary":"From the catalogue.","steps":["Catalogue step one.","Catalogue step two."],
                     "dosage":{"sets":2,"reps":10,"holdSeconds":null,"durationMinutes":null,"frequency":"Daily","text":"2 x 10 daily"},
                     "difficulty":2,"progressionCodes":[],"regressionCodes":[],"equipment":["mat"],"precautions":["Pain-free range."],
                     "contraindications":[],"conditionCodes":[],"sources":["Stand-in"],"version":1,"retired":false,"language":"en"}"""
                    .formatted(code, code));
        });
        server.createContext("/token", exchange -> reply(exchange,
                "{\"access_token\":\"stand-in-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
        server.createContext("/api/v1/findings/", exchange -> {
            String code = exchange.getRequestURI().getPath().substring("/api/v1/findings/".length());
            reply(exchange, "{\"code\":\"%s\",\"name\":\"Finding %s\",\"language\":\"en\"}".formatted(code, code));
        });
        server.start();
    }

    /** Stops answering: connections to the port are refused, as when the content service is down. */
    public static synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
