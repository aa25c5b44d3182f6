package health.hipspine.testing.contract;

import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract filter against a real HTTP server answering what each test tells it to: a conforming exchange
 * passes, and each kind of mismatch (body off its schema, undeclared status, undeclared content type, undeclared
 * operation, invalid request body) fails the call.
 */
class ContractFilterTest {

    private static HttpServer server;
    private static volatile int status;
    private static volatile String contentType;
    private static volatile String body;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            if (contentType != null) {
                exchange.getResponseHeaders().add("Content-Type", contentType);
            }
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void aBodyMatchingItsSchemaPasses() {
        answer(200, "application/json;charset=UTF-8",
                "{\"id\":\"7c0c3f3e-4f0a-4c39-9b53-4f3b8a8f0b1e\",\"release\":\"2026.11.0\",\"value\":12}");
        assertDoesNotThrow(() -> client().get("/api/v1/things/7c0c3f3e").then().statusCode(200));
    }

    @Test
    void aNumberWhereTheSchemaSaysStringFails() {
        answer(200, "application/json", "{\"id\":\"7c0c3f3e-4f0a-4c39-9b53-4f3b8a8f0b1e\",\"release\":12}");
        AssertionError failure = assertThrows(AssertionError.class, () -> client().get("/api/v1/things/1"));
        assertTrue(failure.getMessage().contains("GET /api/v1/things/{id} 200") && failure.getMessage().contains("release"),
                failure.getMessage());
    }

    @Test
    void aMissingRequiredFieldAndANonUuidIdFail() {
        answer(200, "application/json", "{\"id\":\"thing-1\"}");
        AssertionError failure = assertThrows(AssertionError.class, () -> client().get("/api/v1/things/1"));
        assertTrue(failure.getMessage().contains("release") && failure.getMessage().contains("uuid"), failure.getMessage());
    }

    @Test
    void aValueOfNeitherDeclaredTypeFails() {
        answer(200, "application/json",
                "{\"id\":\"7c0c3f3e-4f0a-4c39-9b53-4f3b8a8f0b1e\",\"release\":\"r\",\"value\":{\"valueNode\":true}}");
        assertThrows(AssertionError.class, () -> client().get("/api/v1/things/1"));
    }

    @Test
    void anUndeclaredStatusFails() {
        answer(500, "application/problem+json", "{\"status\":500}");
        AssertionError failure = assertThrows(AssertionError.class, () -> client().get("/api/v1/things/1"));
        assertTrue(failure.getMessage().contains("status 500 is not declared"), failure.getMessage());
    }

    @Test
    void anUndeclaredContentTypeFails() {
        answer(404, "text/html", "<h1>Not found</h1>");
        AssertionError failure = assertThrows(AssertionError.class, () -> client().get("/api/v1/things/1"));
        assertTrue(failure.getMessage().contains("content type text/html is not declared"), failure.getMessage());
    }

    @Test
    void anUndeclaredOperationFails() {
        answer(200, "application/json", "{}");
        AssertionError failure = assertThrows(AssertionError.class, () -> client().delete("/api/v1/things/1"));
        assertTrue(failure.getMessage().contains("not an operation"), failure.getMessage());
    }

    @Test
    void anUndeclaredOperationSentOnPurposePassesWhenRequestsAreExempt() {
        answer(405, "application/problem+json", "{\"status\":405}");
        ContractFilter exempt = new ContractFilter(contract());
        exempt.checkRequests(false);
        assertDoesNotThrow(() -> RestAssured.given().port(server.getAddress().getPort()).filter(exempt)
                .delete("/api/v1/things/1").then().statusCode(405));
    }

    @Test
    void anInvalidRequestBodyFailsUnlessRequestsAreExempt() {
        answer(201, null, "");
        String invalid = "{\"id\":\"7c0c3f3e-4f0a-4c39-9b53-4f3b8a8f0b1e\",\"release\":12}";
        AssertionError failure = assertThrows(AssertionError.class,
                () -> client().contentType("application/json").body(invalid).post("/api/v1/things"));
        assertTrue(failure.getMessage().contains("POST /api/v1/things request"), failure.getMessage());

        ContractFilter exempt = new ContractFilter(contract());
        exempt.checkRequests(false);
        assertDoesNotThrow(() -> RestAssured.given().port(server.getAddress().getPort()).filter(exempt)
                .contentType("application/json").body(invalid).post("/api/v1/things").then().statusCode(201));
    }

    @Test
    void pathsOutsideTheApiAreNotChecked() {
        answer(200, "text/plain", "UP");
        assertDoesNotThrow(() -> client().get("/q/health").then().statusCode(200));
    }

    @Test
    void everyExampleIsValidatedAgainstItsSchema() {
        List<String> problems = contract().exampleProblems();
        assertEquals(2, problems.size(), problems.toString()); // "bad": id not a uuid, release not a string
        assertTrue(problems.stream().allMatch(p -> p.contains("/examples/bad")), problems.toString());
    }

    private static void answer(int status, String contentType, String body) {
        ContractFilterTest.status = status;
        ContractFilterTest.contentType = contentType;
        ContractFilterTest.body = body;
    }

    private static RequestSpecification client() {
        return RestAssured.given().port(server.getAddress().getPort()).filter(new ContractFilter(contract()));
    }

    private static ContractDocument contract() {
        try {
            return ContractDocument.of(Path.of(ContractFilterTest.class.getResource("/contract/exchanges.yaml").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
