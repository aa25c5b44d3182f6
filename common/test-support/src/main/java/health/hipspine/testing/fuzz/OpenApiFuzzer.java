package health.hipspine.testing.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates requests for every POST/PUT operation of an OpenAPI document: a valid body from the operation's
 * schema ({@link SchemaValues}), then one mutation of it per request. Deterministic for a seed: the same
 * document, seed and call order give the same requests, so a failing seed reproduces.
 */
public final class OpenApiFuzzer {

    /** What a request tries; each 4xx/5xx is counted against it. */
    public enum Kind {
        VALID, BOUNDARY, WRONG_TYPE, MISSING_REQUIRED, HUGE_STRING, CONTROL_CHARACTERS, DEEP_NESTING, UNKNOWN_FIELDS,
        INVALID_UTF8, BROKEN_SYNTAX, NUMBER_LIMITS, OVERSIZED_BODY, WRONG_MEDIA_TYPE, ODD_PATH_PARAMETER
    }

    public record Endpoint(String method, String template, Operation operation, Schema<?> body, List<Parameter> parameters) {
        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    public record Request(Endpoint endpoint, Kind kind, String path, Map<String, String> headers, String contentType, byte[] body) {
        public String bodyPreview() {
            String s = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return s.length() > 300 ? s.substring(0, 300) + "…(" + body.length + " bytes)" : s;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Above every service's quarkus.http.limits.max-body-size (512K). */
    private static final int OVERSIZED = 600 * 1024;
    private static final String[] CONTROL = {"\u0000", "\u0001", "\u0007", "\b", "\u001b", "\u007f", "\u0085", "\u2028",
            "\u202e", "\ufeff", "\ufffe", "\ud800", "\udc00", "\r\n", "\t"};
    private static final String[] NUMBERS = {"0", "-1", "-0", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "1e308", "1e309", "-1e400", "1.5", "0.0000001", "4.9e-324",
            "123456789012345678901234567890123456789012345678901234567890", "1E+2147483647"};
    private static final String[] SYNTAX = {"", " ", "null", "[]", "\"text\"", "{", "}", "{\"a\":}", "{,}", "[1,2,",
            "{'single':'quotes'}", "{\"a\":1,}", "{\"a\":NaN}", "{\"a\":Infinity}", "/* comment */ {}", "\ufeff{}",
            "{\"a\":\"unterminated}", "{\"a\":1}{\"b\":2}", "{\"a\" 1}", "{\"a\":01}", "{\"a\":.5}", "{\"\\uZZZZ\":1}"};
    private static final String[] MEDIA_TYPES = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "application/json; charset=nonsense", "*/*"};

    private final Random random;
    private final SchemaValues values;
    private final List<Endpoint> endpoints;
    private final Map<String, List<String>> knownParameterValues;

    /**
     * @param knownParameterValues parameter name → values that exist in the test's data (e.g. a content code), used
     *                             for half the path parameters so requests reach past the 404
     */
    public OpenApiFuzzer(OpenAPI api, long seed, Map<String, List<String>> knownParameterValues) {
        this.random = new Random(seed);
        this.values = new SchemaValues(api, random);
        this.endpoints = endpoints(api);
        this.knownParameterValues = knownParameterValues;
    }

    public static OpenAPI parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalArgumentException("unreadable OpenAPI document: " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    /** Every POST and PUT operation, in document order. */
    public static List<Endpoint> endpoints(OpenAPI api) {
        List<Endpoint> all = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                if (op.getKey() != PathItem.HttpMethod.POST && op.getKey() != PathItem.HttpMethod.PUT) {
                    continue;
                }
                Operation operation = op.getValue();
                Schema<?> body = null;
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    MediaType json = operation.getRequestBody().getContent().get("application/json");
                    body = json == null ? null : json.getSchema();
                }
                List<Parameter> parameters = new ArrayList<>();
                if (path.getValue().getParameters() != null) {
                    parameters.addAll(path.getValue().getParameters());
                }
                if (operation.getParameters() != null) {
                    parameters.addAll(operation.getParameters());
                }
                all.add(new Endpoint(op.getKey().name(), path.getKey(), operation, body, parameters));
            }
        }
        return all;
    }

    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** The i-th request: endpoints in turn, a kind drawn at random (a valid body one time in five). */
    public Request request(int i) {
        Endpoint endpoint = endpoints.get(i % endpoints.size());
        Kind[] kinds = Kind.values();
        Kind kind = random.nextInt(5) == 0 ? Kind.VALID : kinds[1 + random.nextInt(kinds.length - 1)];
        if (kind == Kind.OVERSIZED_BODY && random.nextInt(4) != 0) {
            kind = Kind.UNKNOWN_FIELDS; // 600 KiB each: a few per run prove the limit, more only cost time
        }
        return request(endpoint, kind);
    }

    Request request(Endpoint endpoint, Kind kind) {
        String path = path(endpoint, kind == Kind.ODD_PATH_PARAMETER);
        Map<String, String> headers = headers(endpoint);
        JsonNode valid = endpoint.body() == null ? NODES.objectNode() : values.valid(endpoint.body());
        String contentType = "application/json";
        byte[] body = switch (kind) {
            case VALID, ODD_PATH_PARAMETER -> bytes(valid);
            case BOUNDARY -> bytes(mutate(valid, endpoint.body(), this::boundary));
            case WRONG_TYPE -> bytes(mutate(valid, endpoint.body(), (node, schema) -> wrongType(node)));
            case MISSING_REQUIRED -> bytes(removeRequired(valid));
            case HUGE_STRING -> bytes(mutate(valid, endpoint.body(), (node, schema) -> NODES.textNode("x".repeat(20_000 + random.nextInt(80_000)))));
            case CONTROL_CHARACTERS -> bytes(mutate(valid, endpoint.body(), (node, schema) -> NODES.textNode(withControl(node.isTextual() ? node.asText() : "a"))));
            case DEEP_NESTING -> deep(valid);
            case UNKNOWN_FIELDS -> bytes(unknownFields(valid));
            case INVALID_UTF8 -> invalidUtf8(valid);
            case BROKEN_SYNTAX -> brokenSyntax(valid);
            case NUMBER_LIMITS -> numberLimits(valid);
            case OVERSIZED_BODY -> bytes(NODES.objectNode().put("padding", "y".repeat(OVERSIZED)));
            case WRONG_MEDIA_TYPE -> {
                contentType = MEDIA_TYPES[random.nextInt(MEDIA_TYPES.length)];
                yield bytes(valid);
            }
        };
        return new Request(endpoint, kind, path, headers, contentType, body);
    }

    private String path(Endpoint endpoint, boolean odd) {
        String path = endpoint.template();
        for (Parameter p : endpoint.parameters()) {
            if (!"path".equals(p.getIn())) {
                continue;
            }
            String value;
            List<String> known = knownParameterValues.getOrDefault(p.getName(), List.of());
            if (odd) {
                value = values.pick(List.of("", "%00", "..", "%2e%2e%2f", "a%2Fb", "%ZZ", "x".repeat(5000), "x".repeat(20_000), "%F0%28%8C%28",
                        "%E2%80%AE", "-1", "99999999999999999999", "null", "%20", "%0d%0aX-Injected:%201", "0-0", "2147483648-1"));
                path = path.replace("{" + p.getName() + "}", value);
                continue;
            }
            if (!known.isEmpty() && random.nextBoolean()) {
                value = values.pick(known);
            } else {
                JsonNode v = p.getSchema() == null ? NODES.textNode(values.slug()) : values.valid(p.getSchema());
                value = v.isTextual() ? v.asText() : v.toString();
            }
            path = path.replace("{" + p.getName() + "}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return path;
    }

    /** Header parameters (e.g. If-Match): schema values, printable ASCII only (the HTTP client refuses the rest). */
    private Map<String, String> headers(Endpoint endpoint) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter p : endpoint.parameters()) {
            if ("header".equals(p.getIn()) && (Boolean.TRUE.equals(p.getRequired()) || random.nextBoolean())) {
                String value = values.pick(List.of("\"v1\"", "\"v2\"", "v1", "W/\"v1\"", "\"1\"", "*", "\"v0\"", "\"v-1\"", "\"\"", "\"99999999999999999999\"",
                        "\"-1\"", "garbage", "\"1\", \"2\"", values.slug()));
                headers.put(p.getName(), value);
            }
        }
        return headers;
    }

    interface Mutation {
        JsonNode apply(JsonNode node, Schema<?> schema);
    }

    /** Replaces one node chosen at random (the root included) with the mutation's result. */
    private JsonNode mutate(JsonNode root, Schema<?> rootSchema, Mutation mutation) {
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        if (containers.isEmpty() || random.nextInt(10) == 0) {
            return mutation.apply(root, rootSchema);
        }
        JsonNode container = values.pick(containers);
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = values.pick(names);
            object.set(name, mutation.apply(object.get(name), null));
        } else if (container instanceof ArrayNode array) {
            int index = random.nextInt(array.size());
            array.set(index, mutation.apply(array.get(index), null));
        }
        return root;
    }

    private static void collectContainers(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode() && !node.isEmpty()) {
            into.add(node);
        }
        for (JsonNode child : node) {
            collectContainers(child, into);
        }
    }

    private JsonNode boundary(JsonNode node, Schema<?> ignored) {
        if (node.isTextual()) {
            return NODES.textNode(values.pick(List.of("", " ", "a", "x".repeat(80), "x".repeat(81), "x".repeat(255), "x".repeat(256),
                    "x".repeat(1001), "x".repeat(4001), "é".repeat(300), "😀".repeat(100), "\u0301", "null", "0")));
        }
        if (node.isNumber()) {
            return NODES.numberNode(values.pick(List.of(-1L, 0L, 1L, 100L, 101L, 1000L, 1001L, (long) Integer.MAX_VALUE, Integer.MAX_VALUE + 1L,
                    Long.MIN_VALUE)));
        }
        if (node.isArray()) {
            ArrayNode array = NODES.arrayNode();
            if (random.nextBoolean() && !node.isEmpty()) {
                for (int i = 0, n = values.pick(List.of(101, 1001, 5000)); i < n; i++) {
                    array.add(node.get(i % node.size()).deepCopy());
                }
            }
            return array;
        }
        if (node.isObject()) {
            return NODES.objectNode();
        }
        return NODES.nullNode();
    }

    private JsonNode wrongType(JsonNode node) {
        List<JsonNode> others = new ArrayList<>(List.of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(42),
                NODES.numberNode(-3.5), NODES.textNode("42"), NODES.arrayNode(), NODES.objectNode(),
                NODES.arrayNode().add(node == null ? NODES.nullNode() : node.deepCopy())));
        others.removeIf(o -> node != null && o.getNodeType() == node.getNodeType());
        return values.pick(others);
    }

    private JsonNode removeRequired(JsonNode root) {
        List<JsonNode> objects = new ArrayList<>();
        collectContainers(root, objects);
        objects.removeIf(n -> !n.isObject());
        if (objects.isEmpty()) {
            return NODES.objectNode();
        }
        ObjectNode object = (ObjectNode) values.pick(objects);
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        int remove = 1 + random.nextInt(names.size());
        for (int i = 0; i < remove; i++) {
            object.remove(names.get(random.nextInt(names.size())));
        }
        return root;
    }

    private String withControl(String text) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            sb.insert(random.nextInt(sb.length() + 1), CONTROL[random.nextInt(CONTROL.length)]);
        }
        return sb.toString();
    }

    private byte[] deep(JsonNode valid) {
        int depth = values.pick(List.of(100, 999, 1001, 5000, 50_000));
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        if (valid instanceof ObjectNode object && object.size() > 0 && random.nextBoolean()) {
            // nested inside a real field, so the outer object still parses as the expected type
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = values.pick(names);
            object.put(name, "__NESTED__");
            return string(object).replace("\"__NESTED__\"", nested).getBytes(StandardCharsets.UTF_8);
        }
        return nested.getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode unknownFields(JsonNode root) {
        List<JsonNode> objects = new ArrayList<>();
        collectContainers(root, objects);
        objects.removeIf(n -> !n.isObject());
        ObjectNode object = objects.isEmpty() ? (root.isObject() ? (ObjectNode) root : NODES.objectNode()) : (ObjectNode) values.pick(objects);
        object.put(values.pick(List.of("unknown", "__proto__", "constructor", "$type", "@class", "id", "clinicId", "status", "")), values.slug());
        object.set("extra" + random.nextInt(1000), NODES.objectNode().put("nested", true));
        return objects.isEmpty() && !root.isObject() ? object : root;
    }

    /** Bytes that are not UTF-8 (lone continuation, overlong, truncated sequences, 0xFF) inside a string value. */
    private byte[] invalidUtf8(JsonNode valid) {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}};
        String marker = "__BAD__";
        JsonNode marked = mutate(valid, null, (node, schema) -> NODES.textNode(marker));
        byte[] text = string(marked).getBytes(StandardCharsets.UTF_8);
        byte[] m = marker.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length; i++) {
            if (i + m.length <= text.length && java.util.Arrays.equals(text, i, i + m.length, m, 0, m.length)) {
                out.writeBytes(bad[random.nextInt(bad.length)]);
                i += m.length - 1;
            } else {
                out.write(text[i]);
            }
        }
        return out.toByteArray();
    }

    private byte[] brokenSyntax(JsonNode valid) {
        String text = string(valid);
        String broken = switch (random.nextInt(4)) {
            case 0 -> SYNTAX[random.nextInt(SYNTAX.length)];
            case 1 -> text.substring(0, random.nextInt(Math.max(1, text.length())));
            case 2 -> text.replaceFirst("\"", "'");
            default -> text + values.pick(List.of(",", "}", "]", "{}", " garbage", "\u0000"));
        };
        return broken.getBytes(StandardCharsets.UTF_8);
    }

    /** A number literal Java types cannot hold, written into the JSON text where a value was. */
    private byte[] numberLimits(JsonNode valid) {
        String marker = "__NUMBER__";
        JsonNode marked = mutate(valid, null, (node, schema) -> NODES.textNode(marker));
        return string(marked).replace("\"" + marker + "\"", NUMBERS[random.nextInt(NUMBERS.length)]).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(JsonNode node) {
        return string(node).getBytes(StandardCharsets.UTF_8);
    }

    private static String string(JsonNode node) {
        try {
            return SchemaValues.JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

}
