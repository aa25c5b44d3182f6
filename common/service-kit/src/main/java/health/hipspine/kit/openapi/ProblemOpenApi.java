package health.hipspine.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The problem schemas quarkus-resteasy-problem contributes declare {@code instance} as {@code format: uri} (an
 * absolute URI), but RFC 9457 makes it a URI reference and ours is the request's path ({@code /api/v1/exercises/x}):
 * a client that asserts formats would refuse every real problem. Declared {@code uri-reference}, what is sent.
 */
@OpenApiFilter
public class ProblemOpenApi implements OASFilter {

    static final List<String> PROBLEM_SCHEMAS = List.of("HttpProblem", "HttpValidationProblem");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (String name : PROBLEM_SCHEMAS) {
            Schema problem = schemas.get(name);
            Schema instance = problem == null || problem.getProperties() == null ? null : problem.getProperties().get("instance");
            if (instance != null) {
                instance.setFormat("uri-reference");
            }
        }
    }
}
