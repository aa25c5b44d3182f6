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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract filter against a real HTTP server answering what each test tells it to: a conforming exchange
 * passes, and each kind of mismatch (body off its schema, undeclared status, undeclared content type, undeclared
 * operation, invalid request body, a parameter missing, undeclared or off its schema) fails the call.
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

    // ---- parameters ----------------------------------------------------------------------------------------

    private static final String VERSIONS = "/api/v1/things/7c0c3f3e-4f0a-4c39-9b53-4f3b8a8f0b1e/versions/";
    private static final String REQUEST_ID = "0b6f2d43-5a7e-4a57-9d4e-1c2f3a4b5c6d";

    @Test
    void parametersFittingTheirSchemasPass() {
        answer(200, null, "");
        assertDoesNotThrow(() -> client().header("X-Request-Id", REQUEST_ID)
                .queryParam("owner", "alice").queryParam("status", "open").queryParam("since", "2026-11-20")
                .queryParam("limit", 100).queryParam("tag", "red").queryParam("tag", "blue")
                .get(VERSIONS + "3").then().statusCode(200));
        // the same written into the URL, percent-encoded as sent (REST Assured would encode the '%' again), and the
        // header under another case
        assertDoesNotThrow(() -> client().urlEncodingEnabled(false).header("x-request-id", REQUEST_ID)
                .get(VERSIONS + "3?owner=%61lice&limit=1").then().statusCode(200));
    }

    @Test
    void aMissingRequiredQueryOrHeaderParameterFails() {
        answer(200, null, "");
        AssertionError noQuery = assertThrows(AssertionError.class,
                () -> client().header("X-Request-Id", REQUEST_ID).get(VERSIONS + "3"));
        assertTrue(noQuery.getMessage().contains("required query parameter 'owner' is missing"), noQuery.getMessage());
        AssertionError noHeader = assertThrows(AssertionError.class,
                () -> client().queryParam("owner", "alice").get(VERSIONS + "3"));
        assertTrue(noHeader.getMessage().contains("required header parameter 'X-Request-Id' is missing"), noHeader.getMessage());
    }

    @Test
    void anUndeclaredQueryParameterFails() {
        answer(200, null, "");
        AssertionError failure = assertThrows(AssertionError.class, () -> client().header("X-Request-Id", REQUEST_ID)
                .queryParam("owner", "alice").queryParam("page", 2).get(VERSIONS + "3"));
        assertTrue(failure.getMessage().contains("query parameter 'page' is not declared"), failure.getMessage());
    }

    @Test
    void eachKindOfValueOffItsSchemaFails() {
        answer(200, null, "");
        Map<String, java.util.function.Supplier<RequestSpecification>> offSchema = new java.util.LinkedHashMap<>();
        offSchema.put("path parameter 'version'", () -> valid("abc", Map.of())); // type
        offSchema.put("path parameter 'version' ", () -> valid("0", Map.of())); // minimum
        offSchema.put("path parameter 'id'", () -> client().header("X-Request-Id", REQUEST_ID).queryParam("owner", "alice")
                .basePath("/api/v1/things/not-a-uuid/versions/3")); // format, declared on the path item
        offSchema.put("query parameter 'owner'", () -> valid("3", Map.of("owner", "Alice"))); // pattern
        offSchema.put("query parameter 'status'", () -> valid("3", Map.of("status", "pending"))); // enum
        offSchema.put("query parameter 'since'", () -> valid("3", Map.of("since", "2026-13-45"))); // format
        offSchema.put("query parameter 'limit'", () -> valid("3", Map.of("limit", "101"))); // maximum
        offSchema.put("query parameter 'limit' ", () -> valid("3", Map.of("limit", "ten"))); // type
        offSchema.put("query parameter 'tag'", () -> valid("3", Map.of("tag", "green"))); // enum of the array's items
        offSchema.put("header parameter 'X-Request-Id'", () -> client().header("X-Request-Id", "42")
                .queryParam("owner", "alice").basePath(VERSIONS + "3")); // format
        offSchema.forEach((what, request) -> {
            AssertionError failure = assertThrows(AssertionError.class, () -> request.get().get(), what);
            assertTrue(failure.getMessage().contains(what.strip() + " = "), what + ": " + failure.getMessage());
        });
    }

    @Test
    void aOneValueParameterSentTwiceFails() {
        answer(200, null, "");
        AssertionError failure = assertThrows(AssertionError.class,
                () -> valid("3", Map.of()).queryParam("limit", 1).queryParam("limit", 2).get());
        assertTrue(failure.getMessage().contains("query parameter 'limit' is sent 2 times"), failure.getMessage());
    }

    @Test
    void parametersAreNotCheckedWhenRequestsAreExempt() {
        answer(200, null, "");
        ContractFilter exempt = new ContractFilter(contract());
        exempt.checkRequests(false);
        assertDoesNotThrow(() -> RestAssured.given().port(server.getAddress().getPort()).filter(exempt)
                .queryParam("page", 2).get(VERSIONS + "abc").then().statusCode(200));
    }

    /** A request with every required parameter (version in the path), plus {@code query}. */
    private static RequestSpecification valid(String version, Map<String, String> query) {
        RequestSpecification request = client().header("X-Request-Id", REQUEST_ID).basePath(VERSIONS + version);
        if (!query.containsKey("owner")) {
            request.queryParam("owner", "alice");
        }
        query.forEach(request::queryParam);
        return request;
    }

    @Test
    void fhirCallsAreHeldToTheContractToo() {
        answer(200, "application/fhir+json", "{\"resourceType\":\"CapabilityStatement\"}");
        assertDoesNotThrow(() -> client().get("/fhir/r4/metadata").then().statusCode(200));
        answer(200, "application/fhir+json", "{\"status\":\"active\"}");
        AssertionError failure = assertThrows(AssertionError.class, () -> client().get("/fhir/r4/metadata"));
        assertTrue(failure.getMessage().contains("resourceType"), failure.getMessage());
        answer(401, "application/fhir+json", "{}");
        assertThrows(AssertionError.class, () -> client().get("/fhir/r4/metadata"));
        assertTrue(ContractFilter.inContract("/cds-services") && ContractFilter.inContract("/cds-services/x/feedback"));
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
