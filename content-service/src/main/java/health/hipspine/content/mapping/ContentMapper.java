package health.hipspine.content.mapping;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import health.hipspine.content.domain.ContentKind;
import health.hipspine.content.domain.ContentSource;
import health.hipspine.content.domain.Language;
import health.hipspine.kit.problem.Violation;
import health.hipspine.content.repository.ContentEntity;
import health.hipspine.kit.paging.Page;
import health.hipspine.kit.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Entity, typed source and wire shapes: a stored record becomes one language on the read API (every
 * {"en","es"} text reduced to the caller's), the bilingual source form on the editor API, and a
 * typed {@link ContentSource} when it comes in. The wire shapes are the ones clients already read.
 */
@ApplicationScoped
public class ContentMapper {

    /** Fields the server owns: a client cannot set its own version or retire by editing. */
    public static final List<String> BOOKKEEPING = List.of("version", "retired", "origin", "updatedAt", "updatedBy",
            "language");

    private final ObjectMapper json;
    /** Reads incoming documents: unknown fields and coerced scalars are errors, so typos never pass silently. */
    private final ObjectMapper strict;

    public ContentMapper(ObjectMapper json) {
        this.json = json;
        this.strict = json.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strict.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }

    /** Where the read API serves an exercise's picture ({@code imageUrl}, relative to the API's base). */
    public static final String PICTURE_PATH = "/api/v1/exercises/%s/image";

    /**
     * A record in one language, with its version and whether it is retired. An exercise's stored {@code image}
     * (file and bilingual alt text) is served as {@code imageUrl} and {@code imageAlt}: the file name is ours.
     */
    public ObjectNode present(ContentEntity record, Language language) {
        ObjectNode out = (ObjectNode) language.localize(record.document);
        JsonNode image = out.remove("image");
        if (image != null && image.isObject()) {
            out.put("imageUrl", PICTURE_PATH.formatted(record.code));
            out.put("imageAlt", image.path("alt").asText());
        }
        out.put("version", record.version);
        out.put("retired", record.retired);
        out.put("language", language.tag);
        return out;
    }

    /** The list envelope {items, total, page, size, language, release}. */
    public ObjectNode page(Page<ContentEntity> page, Language language, String release) {
        return envelope(page.items().stream().map(r -> present(r, language)).toList(), page.total(), page.page(),
                page.size(), language, release);
    }

    /** An unpaged list (relations such as progressions) in the same envelope. */
    public ObjectNode all(List<ContentEntity> records, Language language, String release) {
        return envelope(records.stream().map(r -> present(r, language)).toList(), records.size(), 0, records.size(),
                language, release);
    }

    /** A clinical-model record in one language: bilingual texts (LocalizedText) become plain strings. */
    public ObjectNode presentModel(Object record, Language language) {
        ObjectNode out = (ObjectNode) language.localize(json.valueToTree(record));
        out.put("language", language.tag);
        return out;
    }

    /** A page of clinical-model records, with the model release they belong to. */
    public ObjectNode modelPage(List<?> all, PageRequest page, Language language, String release, String modelVersion) {
        List<ObjectNode> items = all.stream().skip(page.offset()).limit(page.size())
                .map(r -> presentModel(r, language)).toList();
        ObjectNode out = envelope(items, all.size(), page.page(), page.size(), language, release);
        out.put("modelVersion", modelVersion);
        return out;
    }

    private ObjectNode envelope(List<ObjectNode> items, long total, int page, int size, Language language,
                                String release) {
        ObjectNode out = json.createObjectNode();
        ArrayNode array = out.putArray("items");
        items.forEach(item -> {
            item.remove("language"); // said once, on the envelope
            array.add(item);
        });
        out.put("total", total);
        out.put("page", page);
        out.put("size", size);
        out.put("language", language.tag);
        out.put("release", release);
        return out;
    }

    /** The editable, bilingual form of a record. */
    public ObjectNode source(ContentEntity record) {
        ObjectNode out = record.document.deepCopy();
        out.put("version", record.version);
        out.put("retired", record.retired);
        out.put("origin", record.origin);
        out.put("updatedAt", record.updatedAt.toString());
        out.put("updatedBy", record.updatedBy);
        return out;
    }

    /** The stored document of a typed source. */
    public ObjectNode document(ContentSource source) {
        return json.valueToTree(source);
    }

    /** A stored document as its typed source (lenient: a field removed from the class is skipped). */
    public ContentSource typed(ContentKind kind, JsonNode document) {
        return json.convertValue(document, ContentSource.typeOf(kind));
    }

    /** An incoming document (bookkeeping removed) as its typed source, or the violations that prevent it. */
    public ContentSource read(ContentKind kind, ObjectNode document) throws InvalidContent {
        try {
            return strict.treeToValue(document, ContentSource.typeOf(kind));
        } catch (JsonMappingException e) {
            String field = path(e);
            String message = e instanceof UnrecognizedPropertyException ? "is not a known field"
                    : "has the wrong type or shape";
            throw new InvalidContent(List.of(new Violation(field, message)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidContent(List.of(new Violation("", "is not a valid document")));
        }
    }

    /** Bean Validation's violations, each naming its JSON path ({@code steps.es[2]}, {@code dosage.reps}). */
    public static List<Violation> violations(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new Violation(v.getPropertyPath().toString().replace(".<list element>", "")
                        .replace("<list element>", ""), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The document cannot become its typed source. */
    public static final class InvalidContent extends Exception {
        private final List<Violation> violations;

        public InvalidContent(List<Violation> violations) {
            super(null, null, false, false);
            this.violations = violations;
        }

        public List<Violation> violations() {
            return violations;
        }
    }
}
