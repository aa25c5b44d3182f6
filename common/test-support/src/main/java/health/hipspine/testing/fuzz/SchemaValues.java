package health.hipspine.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Values that satisfy an OpenAPI 3.0/3.1 schema as far as the schema says: {@code const}, {@code enum},
 * {@code examples}, type, format, lengths, bounds, required properties, {@code oneOf}/{@code anyOf}/{@code allOf}.
 * Patterns are met by the schema's own examples or by simple alternations; otherwise a slug is tried.
 */
final class SchemaValues {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern ALTERNATION = Pattern.compile("\\^?\\(([^()?*+\\[\\]\\\\]+)\\)\\$?");
    private static final int MAX_DEPTH = 8;

    private final OpenAPI api;
    private final Random random;

    SchemaValues(OpenAPI api, Random random) {
        this.api = api;
        this.random = random;
    }

    /** Follows {@code $ref} to components/schemas (the parser leaves them unresolved). */
    Schema<?> resolve(Schema<?> schema) {
        int hops = 0;
        while (schema != null && schema.get$ref() != null && hops++ < 20) {
            String ref = schema.get$ref();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            Map<String, Schema> all = api.getComponents() == null ? null : api.getComponents().getSchemas();
            schema = all == null ? null : all.get(name);
        }
        return schema;
    }

    /** The schema's first non-null type ({@code type} in 3.0, {@code types} in 3.1), guessed from its shape if absent. */
    String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        Set<String> types = schema.getTypes();
        if (types != null) {
            for (String t : types) {
                if (!"null".equals(t)) {
                    return t;
                }
            }
        }
        if (schema.getProperties() != null) {
            return "object";
        }
        if (schema.getItems() != null) {
            return "array";
        }
        return null;
    }

    JsonNode valid(Schema<?> raw) {
        return valid(raw, 0);
    }

    JsonNode valid(Schema<?> raw, int depth) {
        Schema<?> schema = resolve(raw);
        if (schema == null) {
            return NODES.textNode("x");
        }
        if (schema.getConst() != null) {
            return JSON.valueToTree(schema.getConst());
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return JSON.valueToTree(pick(schema.getEnum()));
        }
        List<Schema> choices = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        if (choices != null && !choices.isEmpty()) {
            return valid(pick(choices), depth);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            ObjectNode merged = NODES.objectNode();
            for (Schema<?> part : schema.getAllOf()) {
                JsonNode v = valid(part, depth);
                if (v.isObject()) {
                    merged.setAll((ObjectNode) v);
                }
            }
            return merged;
        }
        List<Object> examples = examples(schema);
        String type = type(schema);
        if (!examples.isEmpty() && (type == null || !"object".equals(type) && !"array".equals(type)) && random.nextInt(4) != 0) {
            return JSON.valueToTree(pick(examples));
        }
        if (type == null) {
            return NODES.textNode("x");
        }
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> NODES.numberNode(integer(schema));
            case "number" -> NODES.numberNode(BigDecimal.valueOf(integer(schema)));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(string(schema, examples));
        };
    }

    private ObjectNode object(Schema<?> schema, int depth) {
        ObjectNode node = NODES.objectNode();
        if (schema.getProperties() == null) {
            return node;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> p : schema.getProperties().entrySet()) {
            boolean include = required.contains(p.getKey()) || depth < MAX_DEPTH && random.nextInt(3) != 0;
            if (include) {
                node.set(p.getKey(), depth >= MAX_DEPTH ? NODES.nullNode() : valid(p.getValue(), depth + 1));
            }
        }
        return node;
    }

    private ArrayNode array(Schema<?> schema, int depth) {
        ArrayNode node = NODES.arrayNode();
        int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
        int max = schema.getMaxItems() == null ? Math.max(min, 3) : Math.min(schema.getMaxItems(), min + 3);
        int n = depth >= MAX_DEPTH ? min : min + random.nextInt(Math.max(1, max - min + 1));
        for (int i = 0; i < n; i++) {
            node.add(schema.getItems() == null ? NODES.textNode("x") : valid(schema.getItems(), depth + 1));
        }
        return node;
    }

    long integer(Schema<?> schema) {
        long min = schema.getMinimum() != null ? schema.getMinimum().longValue() : 0;
        long max = schema.getMaximum() != null ? schema.getMaximum().longValue() : min + 100;
        if (schema.getExclusiveMinimumValue() != null) {
            min = schema.getExclusiveMinimumValue().longValue() + 1;
        }
        if (schema.getExclusiveMaximumValue() != null) {
            max = schema.getExclusiveMaximumValue().longValue() - 1;
        }
        if (max < min) {
            return min;
        }
        return min + (long) (random.nextDouble() * Math.min(max - min + 1, 1_000_000));
    }

    private String string(Schema<?> schema, List<Object> examples) {
        String format = schema.getFormat();
        if (format != null) {
            switch (format) {
                case "uuid":
                    return new UUID(random.nextLong(), random.nextLong()).toString();
                case "date":
                    return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)).toString();
                case "date-time":
                    return OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusMinutes(random.nextInt(500_000)).toString();
                case "uri":
                    return "https://example.org/" + slug();
                case "email":
                    return slug() + "@example.org";
                default:
                    break;
            }
        }
        int min = schema.getMinLength() == null ? 1 : schema.getMinLength();
        int max = schema.getMaxLength() == null ? Math.max(min, 24) : schema.getMaxLength();
        String pattern = schema.getPattern();
        if (pattern != null) {
            for (Object e : examples) {
                if (e instanceof String s && matches(pattern, s)) {
                    return s;
                }
            }
            Matcher alternation = ALTERNATION.matcher(pattern);
            if (alternation.matches()) {
                String[] options = alternation.group(1).split("\\|");
                return options[random.nextInt(options.length)];
            }
            for (int i = 0; i < 5; i++) {
                String candidate = slug();
                if (matches(pattern, candidate)) {
                    return candidate;
                }
            }
        }
        String s = slug();
        while (s.length() < min) {
            s = s + "-" + slug();
        }
        return s.length() > max ? s.substring(0, Math.max(min, max)) : s;
    }

    static boolean matches(String pattern, String s) {
        try {
            return Pattern.compile(pattern).matcher(s).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    String slug() {
        String letters = "abcdefghijklmnopqrstuvwxyz";
        StringBuilder sb = new StringBuilder();
        int words = 1 + random.nextInt(2);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                sb.append('-');
            }
            for (int i = 0, n = 3 + random.nextInt(6); i < n; i++) {
                sb.append(letters.charAt(random.nextInt(letters.length())));
            }
        }
        return sb.toString();
    }

    private static List<Object> examples(Schema<?> schema) {
        List<Object> all = new ArrayList<>();
        if (schema.getExamples() != null) {
            all.addAll(schema.getExamples());
        }
        if (schema.getExample() != null) {
            all.add(schema.getExample());
        }
        return all;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
