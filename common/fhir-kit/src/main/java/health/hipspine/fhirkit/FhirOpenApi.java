package health.hipspine.fhirkit;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;

/**
 * In the OpenAPI document, an error below /fhir/ is what FhirErrorFilter sends: an OperationOutcome as
 * application/fhir+json, not the problem+json that quarkus-resteasy-problem fills into error responses without
 * content. Set unconditionally, so it holds whichever of the two filters runs first.
 */
@OpenApiFilter
public class FhirOpenApi implements OASFilter {

    static final String OUTCOME_SCHEMA = "FhirOperationOutcome";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean used = false;
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith(FhirMedia.PATH_PREFIX) || path.getValue().getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        response.getValue().setContent(OASFactory.createContent().addMediaType(FhirMedia.FHIR_JSON,
                                OASFactory.createMediaType().schema(OASFactory.createSchema()
                                        .ref("#/components/schemas/" + OUTCOME_SCHEMA))));
                        used = true;
                    }
                }
            }
        }
        if (used) {
            if (openAPI.getComponents() == null) {
                openAPI.setComponents(OASFactory.createComponents());
            }
            openAPI.getComponents().addSchema(OUTCOME_SCHEMA, OASFactory.createSchema()
                    .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.OBJECT)
                    .description("FHIR R4 OperationOutcome (https://hl7.org/fhir/R4/operationoutcome.html), application/fhir+json: "
                            + "every error below /fhir/ (docs/fhir.md)"));
        }
    }
}
