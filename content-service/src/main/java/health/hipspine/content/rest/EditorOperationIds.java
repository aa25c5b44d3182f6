package health.hipspine.content.rest;

import health.hipspine.content.domain.ContentKind;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;
import java.util.Locale;

/**
 * Names the editor operations {@link EditableResource} declares once for every kind: an annotation on the
 * shared method cannot give each kind its own operationId, so they are derived from the kind here
 * ({@code createExercise}, {@code updateExercise}, {@code retireExercise}, {@code getExerciseSource}). These
 * names are a contract: generated clients call them. Likewise the create and update bodies: the shared method
 * can only say {@code oneOf} the three source forms (and an exercise also validates as another kind), so each
 * kind's operations get its own source schema ({@code ExerciseSource} for {@code /api/v1/exercises}). The four
 * operations answer the source form plus the record's state ({@code ContentMapper.source}): declared as
 * {@code allOf} the kind's source and {@value #STATE}.
 */
// its own priority: at the default one, its place among the kit's filters (and so where its schema lands in the
// document) varied between builds, and the served document then differed from the committed contract
@OpenApiFilter(priority = 2)
public class EditorOperationIds implements OASFilter {

    static final String STATE = "EditorRecordState";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(STATE, OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("The state of an editable record, sent with its source form")
                .addProperty("version", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .description("Raised by every edit; the ETag is \"v<version>\""))
                .addProperty("retired", OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN)))
                .addProperty("origin", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .enumeration(List.<Object>of("file", "editor"))
                        .description("'file' while the record is what the release files say, 'editor' once edited"))
                .addProperty("updatedAt", OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL)).format("date-time"))
                .addProperty("updatedBy", OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL))
                        .description("Who changed the record last")));
        for (ContentKind kind : ContentKind.values()) {
            String name = kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
            String base = "/api/v1/" + kind.collection;
            name(openAPI, base, PathItem.HttpMethod.POST, "create" + name);
            name(openAPI, base + "/{code}", PathItem.HttpMethod.PUT, "update" + name);
            body(openAPI, base, PathItem.HttpMethod.POST, name + "Source");
            body(openAPI, base + "/{code}", PathItem.HttpMethod.PUT, name + "Source");
            answer(openAPI, base, PathItem.HttpMethod.POST, "201", name + "Source");
            answer(openAPI, base + "/{code}", PathItem.HttpMethod.PUT, "200", name + "Source");
            answer(openAPI, base + "/{code}/retire", PathItem.HttpMethod.POST, "200", name + "Source");
            answer(openAPI, base + "/{code}/source", PathItem.HttpMethod.GET, "200", name + "Source");
            name(openAPI, base + "/{code}/retire", PathItem.HttpMethod.POST, "retire" + name);
            name(openAPI, base + "/{code}/source", PathItem.HttpMethod.GET, "get" + name + "Source");
        }
    }

    private static void body(OpenAPI openAPI, String path, PathItem.HttpMethod method, String schema) {
        Operation operation = operation(openAPI, path, method);
        MediaType json = operation == null || operation.getRequestBody() == null
                || operation.getRequestBody().getContent() == null ? null
                : operation.getRequestBody().getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (json != null) {
            json.setSchema(OASFactory.createSchema().ref("#/components/schemas/" + schema));
        }
    }

    private static void answer(OpenAPI openAPI, String path, PathItem.HttpMethod method, String status, String source) {
        Operation operation = operation(openAPI, path, method);
        APIResponse response = operation == null || operation.getResponses() == null ? null
                : operation.getResponses().getAPIResponse(status);
        if (response != null) {
            response.setContent(OASFactory.createContent().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().allOf(List.of(
                            OASFactory.createSchema().ref("#/components/schemas/" + source),
                            OASFactory.createSchema().ref("#/components/schemas/" + STATE))))));
        }
    }

    private static Operation operation(OpenAPI openAPI, String path, PathItem.HttpMethod method) {
        PathItem item = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem(path);
        return item == null ? null : item.getOperations().get(method);
    }

    private static void name(OpenAPI openAPI, String path, PathItem.HttpMethod method, String operationId) {
        Operation operation = operation(openAPI, path, method);
        if (operation != null) {
            operation.setOperationId(operationId);
        }
    }
}
