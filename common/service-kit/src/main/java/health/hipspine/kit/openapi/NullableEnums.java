package health.hipspine.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code @Schema(nullable = true, enumeration = ...)} becomes {@code type: [string, "null"]} with an {@code enum}
 * that lacks {@code null}; in OpenAPI 3.1 (JSON Schema 2020-12) the enum still refuses {@code null}, so every
 * response that sends the property as {@code null} (an exercise without a phase) would fail a validating client.
 * A nullable enum lists {@code null} too.
 */
@OpenApiFilter
public class NullableEnums implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)
                && schema.getEnumeration() != null && !schema.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        return schema;
    }
}
