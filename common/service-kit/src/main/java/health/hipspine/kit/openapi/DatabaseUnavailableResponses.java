package health.hipspine.kit.openapi;

import health.hipspine.kit.problem.DatabaseUnavailableMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * Every operation under {@code /api/} may answer 503 {@code service-unavailable} with {@code Retry-After} when the
 * database is unreachable ({@link DatabaseUnavailableMapper}); declared once here, so a client generated from the
 * document knows the answer and that it may retry.
 */
@OpenApiFilter
public class DatabaseUnavailableResponses implements OASFilter {

    static final String STATUS = "503";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean problemSchema = openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey("HttpProblem");
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/") || path.getValue().getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().hasAPIResponse(STATUS)) {
                    continue;
                }
                var problem = OASFactory.createMediaType();
                if (problemSchema) {
                    problem.schema(OASFactory.createSchema().ref("#/components/schemas/HttpProblem"));
                }
                operation.getResponses().addAPIResponse(STATUS, OASFactory.createAPIResponse()
                        .description("The database is unavailable; nothing was changed. Retry after Retry-After seconds")
                        .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))))
                        .content(OASFactory.createContent().addMediaType("application/problem+json", problem)));
            }
        }
    }
}
