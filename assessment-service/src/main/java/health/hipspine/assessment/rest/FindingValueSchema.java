package health.hipspine.assessment.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * A finding's {@code value} is read as Jackson's {@code JsonNode} (so a wrong JSON type is a 422 naming the field,
 * not a 400 from the parser), and SmallRye derives a schema from that class and keeps its {@code $ref} beside any
 * annotated {@code oneOf}. Generated clients then type the field as Jackson's internals. This filter replaces the
 * property's schema with what the service accepts, a boolean or a number, and drops the unused Jackson schemas.
 */
@OpenApiFilter
public class FindingValueSchema implements OASFilter {

    static final String FINDING = "SubmittedFinding";
    static final List<String> JACKSON_SCHEMAS = List.of("JsonNode", "JsonNodeType");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Schema finding = schemas.get(FINDING);
        if (finding == null || finding.getProperties() == null || !finding.getProperties().containsKey("value")) {
            return;
        }
        Schema annotated = finding.getProperties().get("value");
        Schema value = OASFactory.createSchema()
                .description(annotated.getDescription())
                .examples(annotated.getExamples())
                .oneOf(List.of(OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN),
                        OASFactory.createSchema().addType(Schema.SchemaType.NUMBER)));
        finding.addProperty("value", value);
        for (String name : JACKSON_SCHEMAS) {
            boolean referenced = schemas.entrySet().stream()
                    .filter(e -> !JACKSON_SCHEMAS.contains(e.getKey()))
                    .anyMatch(e -> references(e.getValue(), "#/components/schemas/" + name));
            if (!referenced) {
                openAPI.getComponents().removeSchema(name);
            }
        }
    }

    private static boolean references(Schema schema, String ref) {
        if (schema == null) {
            return false;
        }
        if (ref.equals(schema.getRef())) {
            return true;
        }
        if (schema.getProperties() != null && schema.getProperties().values().stream().anyMatch(s -> references(s, ref))) {
            return true;
        }
        return references(schema.getItems(), ref) || references(schema.getAdditionalPropertiesSchema(), ref)
                || any(schema.getAllOf(), ref) || any(schema.getAnyOf(), ref) || any(schema.getOneOf(), ref);
    }

    private static boolean any(List<Schema> schemas, String ref) {
        return schemas != null && schemas.stream().anyMatch(s -> references(s, ref));
    }
}
