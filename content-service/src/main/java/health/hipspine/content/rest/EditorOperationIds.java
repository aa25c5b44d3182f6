package health.hipspine.content.rest;

import health.hipspine.content.domain.ContentKind;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

import java.util.Locale;

/**
 * Names the editor operations {@link EditableResource} declares once for every kind: an annotation on the
 * shared method cannot give each kind its own operationId, so they are derived from the kind here
 * ({@code createExercise}, {@code updateExercise}, {@code retireExercise}, {@code getExerciseSource}). These
 * names are a contract: generated clients call them.
 */
@OpenApiFilter
public class EditorOperationIds implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (ContentKind kind : ContentKind.values()) {
            String name = kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
            String base = "/api/v1/" + kind.collection;
            name(openAPI, base, PathItem.HttpMethod.POST, "create" + name);
            name(openAPI, base + "/{code}", PathItem.HttpMethod.PUT, "update" + name);
            name(openAPI, base + "/{code}/retire", PathItem.HttpMethod.POST, "retire" + name);
            name(openAPI, base + "/{code}/source", PathItem.HttpMethod.GET, "get" + name + "Source");
        }
    }

    private static void name(OpenAPI openAPI, String path, PathItem.HttpMethod method, String operationId) {
        PathItem item = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem(path);
        Operation operation = item == null ? null : item.getOperations().get(method);
        if (operation != null) {
            operation.setOperationId(operationId);
        }
    }
}
