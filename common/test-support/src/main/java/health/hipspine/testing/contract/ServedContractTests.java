package health.hipspine.testing.contract;

import io.restassured.response.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The document the service serves at /q/openapi is exactly its committed contract {@code docs/openapi/<service>.yaml}
 * ({@code quarkus.application.name} names the service), and its security declarations are true. A service's test is a
 * {@code @QuarkusTest} subclass with the service's test resources. After an intended API change, regenerate the file
 * with {@code -Dopenapi.update=true} and review its diff (docs/openapi/README.md).
 */
public abstract class ServedContractTests {

    private static final Pattern WORD_ALTERNATION = Pattern.compile("\\^?[A-Za-z0-9-]+(\\|[A-Za-z0-9-]+)*\\$?");

    @Test
    void theServedDocumentIsTheCommittedContract() {
        String served = given().when().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        ApiContracts.assertServedEqualsCommitted(service(), served);
    }

    /**
     * A generated client sends a token only where the document asks for one: an operation declared public (an empty
     * requirement list, or one holding the empty requirement {@code {}}) must answer a call without a token with
     * neither 401 nor 403, and an operation declaring a requirement must answer 401. Each operation is called once,
     * with path parameters the router accepts, no query, and an empty body of the declared media type (only who may
     * call is tested here).
     */
    @Test
    @MalformedRequests("calls every operation with an empty body and no query: only the token is tested")
    void everyOperationDeclaredPublicAnswersWithoutATokenAndEverySecuredOneAnswers401() {
        OpenAPI api = ApiContracts.parse(ApiContracts.committed(service()));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = op.getValue();
                boolean secured = secured(api, operation);
                String url = fill(api, path.getKey(), path.getValue(), operation);
                String call = op.getKey() + " " + path.getKey() + (secured ? " (secured)" : " (public)");
                int status;
                try {
                    var request = given();
                    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                            && !operation.getRequestBody().getContent().isEmpty()) {
                        // the declared media type, or the router answers 415 before any security check
                        String mediaType = operation.getRequestBody().getContent().keySet().iterator().next();
                        request.contentType(mediaType).body(mediaType.contains("json") ? "{}" : "");
                    }
                    Response response = request.when().request(op.getKey().name(), url);
                    status = response.statusCode();
                } catch (AssertionError contractMismatch) {
                    wrong.add(call + ": " + contractMismatch.getMessage());
                    continue;
                }
                if (secured ? status != 401 : status == 401 || status == 403) {
                    wrong.add(call + " answered " + status + " without a token");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Public: no requirement at all, or the empty requirement among them (OpenAPI 3.1: "security is optional"). */
    static boolean secured(OpenAPI api, Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
        return requirements != null && !requirements.isEmpty() && requirements.stream().noneMatch(Map::isEmpty);
    }

    /** The path with each variable replaced by a value its schema (and so the router) accepts. */
    private static String fill(OpenAPI api, String template, PathItem item, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        String url = template;
        for (Parameter p : parameters) {
            if ("path".equals(p.getIn())) {
                url = url.replace("{" + p.getName() + "}", sample(resolve(api, p.getSchema())));
            }
        }
        return url;
    }

    private static Schema<?> resolve(OpenAPI api, Schema<?> schema) {
        if (schema != null && schema.get$ref() != null && schema.get$ref().startsWith("#/components/schemas/")) {
            return api.getComponents().getSchemas().get(schema.get$ref().substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static String sample(Schema<?> schema) {
        if (schema == null) {
            return "probe";
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return String.valueOf(schema.getEnum().get(0));
        }
        if (schema.getPattern() != null && WORD_ALTERNATION.matcher(schema.getPattern()).matches()) {
            return schema.getPattern().replace("^", "").replace("$", "").split("\\|")[0];
        }
        if ("uuid".equals(schema.getFormat())) {
            return "0b6f2d43-5a7e-4a57-9d4e-1c2f3a4b5c6d";
        }
        String type = schema.getType() != null ? schema.getType()
                : schema.getTypes() != null && !schema.getTypes().isEmpty() ? schema.getTypes().iterator().next() : "string";
        return type.equals("integer") || type.equals("number") ? "1" : "probe";
    }

    private static String service() {
        return ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
    }
}
