package health.hipspine.testing.contract;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One committed OpenAPI 3.1 document as a validator of HTTP exchanges: finds the operation for a method and path
 * and checks its parameters, a status, content type and body against what the operation declares. Schemas are
 * validated with networknt json-schema-validator in the OpenAPI 3.1 dialect (JSON Schema 2020-12), formats asserted
 * (a client generated from the document parses {@code uuid} and {@code date-time} strictly). swagger-request-validator
 * is not used: it does not enforce 3.1 schema types (docs/openapi/README.md).
 */
public final class ContractDocument {

    private static final Map<Path, ContractDocument> LOADED = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    /** Header parameters OpenAPI says to ignore: HTTP itself carries them (OpenAPI 3.1, Parameter Object, "name"). */
    private static final List<String> IGNORED_HEADERS = List.of("accept", "content-type", "authorization");
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final String name;
    private final String iri;
    private final JsonNode root;
    private final SchemaRegistry registry;
    private final List<Route> routes;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** A path template with the operations declared on it; literal paths sort before templated ones. */
    private record Route(String template, Pattern pattern, int variables, JsonNode item) {
    }

    /** The operation an exchange was matched to, with its JSON pointer in the document. */
    public record Operation(String method, String template, String pointer, JsonNode node) {
        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + template;
        }
    }

    private ContractDocument(String name, String yaml) {
        this.name = name;
        this.iri = "https://contracts.hipspine.invalid/" + name;
        this.root = YAMLMapper.builder().build().readTree(yaml);
        // the whole document is one schema resource, so "#/components/schemas/X" references resolve within it
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(iri, JSON.writeValueAsString(root)))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        List<Route> found = new ArrayList<>();
        root.path("paths").properties().forEach(e -> {
            String template = e.getKey();
            int variables = (int) template.chars().filter(c -> c == '{').count();
            String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            found.add(new Route(template, Pattern.compile(regex), variables, e.getValue()));
        });
        found.sort(Comparator.comparingInt(Route::variables));
        this.routes = List.copyOf(found);
    }

    /** The committed contract of a service ({@code docs/openapi/<service>.yaml}), read once per test JVM. */
    public static ContractDocument committed(String service) {
        return of(ApiContracts.committed(service));
    }

    public static ContractDocument of(Path file) {
        return LOADED.computeIfAbsent(file.toAbsolutePath(), f -> {
            try {
                return new ContractDocument(f.getFileName().toString(), Files.readString(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static ContractDocument parse(String name, String yaml) {
        return new ContractDocument(name, yaml);
    }

    public String name() {
        return name;
    }

    /** The operation declared for this method and raw (undecoded, query-less) path, if any. */
    public Optional<Operation> operation(String method, String path) {
        String m = method.toLowerCase(Locale.ROOT);
        for (Route route : routes) {
            if (route.pattern.matcher(path).matches() && route.item.has(m)) {
                return Optional.of(new Operation(m, route.template,
                        "/paths/" + escape(route.template) + "/" + m, route.item.get(m)));
            }
        }
        return Optional.empty();
    }

    /** A parameter the operation declares (its own or its path item's), with the JSON pointer of its schema. */
    private record Parameter(String name, String in, boolean required, boolean explode, String schemaPointer,
                             JsonNode schema) {
        String label() {
            return in + " parameter '" + name + "'";
        }
    }

    /**
     * What is wrong with the parameters of a request to the operation: a required path, query or header parameter
     * missing, a query parameter the operation does not declare, or a value that does not fit its parameter's schema
     * (type, enum, format, pattern, minimum/maximum). {@code rawPath} and {@code rawQuery} are as sent (percent-encoded);
     * {@code headers} are keyed by lower-case name. Undeclared headers pass: HTTP and proxies add their own.
     */
    public List<String> parameterProblems(Operation op, String rawPath, String rawQuery, Map<String, List<String>> headers) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> query = queryParameters(rawQuery);
        Map<String, String> path = pathValues(op.template, rawPath);
        List<Parameter> declared = parameters(op);
        for (String name : query.keySet()) {
            if (declared.stream().noneMatch(p -> p.in.equals("query") && p.name.equals(name))) {
                problems.add(op + ": query parameter '" + name + "' is not declared (declared: "
                        + declared.stream().filter(p -> p.in.equals("query")).map(Parameter::name).toList() + ")");
            }
        }
        for (Parameter p : declared) {
            List<String> values = switch (p.in) {
                case "path" -> path.containsKey(p.name) ? List.of(path.get(p.name)) : List.of();
                case "query" -> query.getOrDefault(p.name, List.of());
                case "header" -> IGNORED_HEADERS.contains(p.name.toLowerCase(Locale.ROOT)) ? null
                        : headers.getOrDefault(p.name.toLowerCase(Locale.ROOT), List.of());
                default -> null; // cookies: none of our operations declares one
            };
            if (values == null) {
                continue;
            }
            if (values.isEmpty()) {
                if (p.required || p.in.equals("path")) {
                    problems.add(op + ": required " + p.label() + " is missing");
                }
                continue;
            }
            if (p.schema.isMissingNode()) {
                continue; // declared with "content" instead of "schema": only its presence is checked
            }
            String instance = instance(p, values);
            if (instance == null) {
                problems.add(op + ": " + p.label() + " is sent " + values.size() + " times, its schema takes one value");
                continue;
            }
            validate(p.schemaPointer, instance).forEach(e -> problems.add(op + ": " + p.label() + " = " + values + ": " + e));
        }
        return problems;
    }

    /** The operation's parameters: the path item's, overridden by the operation's own of the same name and location. */
    private List<Parameter> parameters(Operation op) {
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        String itemPointer = op.pointer.substring(0, op.pointer.lastIndexOf('/'));
        for (String base : List.of(itemPointer, op.pointer)) {
            JsonNode list = at(base + "/parameters");
            for (int i = 0; i < list.size(); i++) {
                String pointer = base + "/parameters/" + i;
                JsonNode node = list.get(i);
                if (node.path("$ref").asString("").startsWith("#/")) {
                    pointer = node.get("$ref").asString("").substring(1);
                    node = at(pointer);
                }
                String in = node.path("in").asString("");
                String style = node.path("style").asString(in.equals("query") ? "form" : "simple");
                boolean explode = node.path("explode").asBoolean(style.equals("form"));
                Parameter p = new Parameter(node.path("name").asString(""), in, node.path("required").asBoolean(false),
                        explode, pointer + "/schema", node.path("schema"));
                byKey.put(p.in + ":" + p.name, p);
            }
        }
        return List.copyOf(byKey.values());
    }

    /**
     * The JSON text a parameter's string values stand for under its schema: a number or boolean where the schema
     * takes one and the text is one, an array of the values for an array schema, a string otherwise (so "abc" for an
     * integer fails as a string); {@code null} when a one-value parameter was sent several times.
     */
    private String instance(Parameter p, List<String> values) {
        JsonNode schema = resolve(p.schema);
        if (types(schema).contains("array")) {
            List<String> items = p.explode ? values
                    : values.stream().flatMap(v -> java.util.Arrays.stream(v.split(",", -1))).toList();
            JsonNode itemSchema = resolve(schema.path("items"));
            return items.stream().map(v -> scalar(itemSchema, v)).collect(java.util.stream.Collectors.joining(",", "[", "]"));
        }
        return values.size() == 1 ? scalar(schema, values.get(0)) : null;
    }

    private String scalar(JsonNode schema, String value) {
        List<String> types = types(schema);
        if (types.contains("integer") && INTEGER.matcher(value).matches()
                || types.contains("number") && NUMBER.matcher(value).matches()
                || types.contains("boolean") && (value.equals("true") || value.equals("false"))) {
            return value;
        }
        return JSON.writeValueAsString(value);
    }

    /** The schema's {@code type} (one or a list), following a {@code $ref} within the document. */
    private List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            List<String> types = new ArrayList<>();
            type.forEach(t -> types.add(t.asString("")));
            return types;
        }
        return type.isString() ? List.of(type.asString("")) : List.of();
    }

    private JsonNode resolve(JsonNode schema) {
        for (int depth = 0; depth < 10 && schema.path("$ref").asString("").startsWith("#/"); depth++) {
            schema = at(schema.get("$ref").asString("").substring(1));
        }
        return schema;
    }

    /** The node at a pointer as this class writes them (RFC 6901, braces percent-encoded for URI fragments). */
    private JsonNode at(String pointer) {
        return root.at(pointer.replace("%7B", "{").replace("%7D", "}"));
    }

    /** The decoded values of the path template's variables in a raw path it matches. */
    private static Map<String, String> pathValues(String template, String rawPath) {
        List<String> names = new ArrayList<>();
        Matcher variable = Pattern.compile("\\{([^}/]+)}").matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(last, variable.start()))).append("([^/]+)");
            names.add(variable.group(1));
            last = variable.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        Matcher m = Pattern.compile(regex.toString()).matcher(rawPath);
        Map<String, String> values = new LinkedHashMap<>();
        if (m.matches()) {
            for (int i = 0; i < names.size(); i++) {
                values.put(names.get(i), decode(m.group(i + 1), false));
            }
        }
        return values;
    }

    /** Query parameters of a raw query string, decoded, in order, each name with all its values. */
    private static Map<String, List<String>> queryParameters(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    /** Percent-decoding; '+' is a space only in a query (form encoding), in a path it is itself. */
    private static String decode(String raw, boolean query) {
        return URLDecoder.decode(query ? raw : raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** What is wrong with a request body sent to the operation: undeclared, unexpected content type, or invalid. */
    public List<String> requestProblems(Operation op, String contentType, String body) {
        JsonNode requestBody = op.node.path("requestBody");
        boolean hasBody = body != null && !body.isEmpty();
        if (!hasBody) {
            return requestBody.path("required").asBoolean(false)
                    ? List.of(op + ": the contract requires a request body, none was sent") : List.of();
        }
        if (requestBody.isMissingNode()) {
            return List.of(op + ": a request body was sent, the contract declares none");
        }
        return contentProblems(op + " request", op.pointer + "/requestBody", requestBody, contentType, body);
    }

    /** What is wrong with a response of the operation: undeclared status, content type, or a body off its schema. */
    public List<String> responseProblems(Operation op, int status, String contentType, String body) {
        JsonNode responses = op.node.path("responses");
        String key = String.valueOf(status);
        if (!responses.has(key)) {
            key = status / 100 + "XX";
        }
        if (!responses.has(key)) {
            key = "default";
        }
        if (!responses.has(key)) {
            return List.of(op + ": status " + status + " is not declared (declared: " + responses.propertyNames() + ")");
        }
        JsonNode response = responses.get(key);
        String where = op + " " + status;
        boolean hasBody = body != null && !body.isEmpty();
        if (!hasBody || op.method.equals("head")) {
            return List.of();
        }
        if (!response.has("content")) {
            return List.of(where + ": a body (" + contentType + ") was returned, the contract declares none");
        }
        return contentProblems(where, op.pointer + "/responses/" + escape(key), response, contentType, body);
    }

    /**
     * Every example in the document (a media type's {@code example} or {@code examples.*.value}) that does not
     * validate against that media type's schema: the examples a reader copies must be true.
     */
    public List<String> exampleProblems() {
        List<String> problems = new ArrayList<>();
        collectExamples(root.path("paths"), "/paths", problems);
        return problems;
    }

    private void collectExamples(JsonNode node, String pointer, List<String> problems) {
        if (node.isObject() && node.has("content") && node.get("content").isObject()) {
            node.get("content").properties().forEach(media -> {
                JsonNode mediaType = media.getValue();
                String at = pointer + "/content/" + escape(media.getKey());
                if (!mediaType.has("schema") || !isJson(media.getKey())) {
                    return;
                }
                if (mediaType.has("example")) {
                    validate(at + "/schema", JSON.writeValueAsString(mediaType.get("example")))
                            .forEach(p -> problems.add(at + "/example: " + p));
                }
                mediaType.path("examples").properties().forEach(example -> {
                    if (example.getValue().has("value")) {
                        validate(at + "/schema", JSON.writeValueAsString(example.getValue().get("value")))
                                .forEach(p -> problems.add(at + "/examples/" + example.getKey() + ": " + p));
                    }
                });
            });
        }
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (!e.getKey().equals("content")) {
                    collectExamples(e.getValue(), pointer + "/" + escape(e.getKey()), problems);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectExamples(node.get(i), pointer + "/" + i, problems);
            }
        }
    }

    private List<String> contentProblems(String where, String pointer, JsonNode declared, String contentType, String body) {
        JsonNode content = declared.path("content");
        Optional<String> mediaType = declaredMediaType(content, contentType);
        if (mediaType.isEmpty()) {
            return List.of(where + ": content type " + contentType + " is not declared (declared: "
                    + content.propertyNames() + ")");
        }
        JsonNode media = content.get(mediaType.get());
        if (!media.has("schema") || !isJson(baseType(contentType))) {
            return List.of(); // only the content type can be checked (a PDF, an image, an undeclared shape)
        }
        List<String> problems = new ArrayList<>();
        validate(pointer + "/content/" + escape(mediaType.get()) + "/schema", body)
                .forEach(p -> problems.add(where + " (" + mediaType.get() + "): " + p));
        return problems;
    }

    /** Validation messages of a JSON text against the schema at a JSON pointer of the document; empty when valid. */
    public List<String> validate(String schemaPointer, String json) {
        Schema schema = schemas.computeIfAbsent(schemaPointer,
                p -> registry.getSchema(SchemaLocation.of(iri + "#" + p)));
        JsonNode instance;
        try {
            instance = JSON.readTree(json);
        } catch (RuntimeException e) {
            return List.of("the body is not JSON: " + e.getMessage());
        }
        List<Error> errors = schema.validate(instance);
        return errors.stream().map(Error::toString).toList();
    }

    private static Optional<String> declaredMediaType(JsonNode content, String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return Optional.empty();
        }
        String base = baseType(contentType);
        String wildcard = base.substring(0, base.indexOf('/') + 1) + "*";
        for (String candidate : List.of(base, wildcard, "*/*")) {
            for (String declared : content.propertyNames()) {
                if (baseType(declared).equals(candidate)) {
                    return Optional.of(declared);
                }
            }
        }
        return Optional.empty();
    }

    private static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        String base = baseType(mediaType);
        return base.equals("application/json") || base.endsWith("+json");
    }

    /** A JSON pointer token (RFC 6901) also safe in a URI fragment. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }
}
