package health.hipspine.assessment.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * Properties the service writes as JSON {@code null}, declared so. Their records live in common/assessment-events
 * (no OpenAPI annotations there) or are lists of {@code Integer} (an annotation cannot reach a list's items), so
 * SmallRye would declare them non-null and a generated client would refuse the real responses (and the documented
 * examples): a questionnaire not submitted scores {@code null}, a change without a published threshold has
 * {@code threshold: null}, an unanswered ODI section or HOOS-12 item is sent as {@code null}, and a plan item that
 * is not an easier variant has {@code adaptedFrom: null}, and the first assessment of a patient has no previous one
 * ({@code progress.previousAssessmentId: null}).
 */
@OpenApiFilter
public class NullableSchemas implements OASFilter {

    static final Map<String, List<String>> NULLABLE = Map.of(
            "QuestionnaireScores", List.of("odi", "startBack", "nprs", "hoos12", "notScored"),
            "ChangeWithoutMic", List.of("threshold"),
            "ExercisePlanItem", List.of("adaptedFrom"),
            "Progress", List.of("previousAssessmentId", "previousEncounterDate"));
    static final Map<String, List<String>> NULLABLE_ITEMS = Map.of(
            "QuestionnaireAnswers", List.of("odi", "hoos12"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        NULLABLE.forEach((name, properties) -> properties.forEach(property -> {
            Schema schema = property(schemas, name, property);
            if (schema == null) {
                return;
            }
            if (schema.getRef() != null) {
                // a $ref cannot carry a second type: null or the referenced schema
                schemas.get(name).addProperty(property, OASFactory.createSchema().description(schema.getDescription())
                        .anyOf(List.of(OASFactory.createSchema().ref(schema.getRef()),
                                OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
            } else if (schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)) {
                schema.addType(Schema.SchemaType.NULL);
            }
        }));
        NULLABLE_ITEMS.forEach((name, properties) -> properties.forEach(property -> {
            Schema schema = property(schemas, name, property);
            if (schema != null && schema.getItems() != null && schema.getItems().getType() != null
                    && !schema.getItems().getType().contains(Schema.SchemaType.NULL)) {
                schema.getItems().addType(Schema.SchemaType.NULL);
            }
        }));
    }

    private static Schema property(Map<String, Schema> schemas, String name, String property) {
        Schema owner = schemas.get(name);
        return owner == null || owner.getProperties() == null ? null : owner.getProperties().get(property);
    }
}
