package health.hipspine.content.fhir;

import health.hipspine.fhirkit.FhirMedia;
import health.hipspine.fhirkit.SearchBundles;
import health.hipspine.kit.problem.Problems;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.MetadataResource;

import java.util.List;

/**
 * FHIR R4 read and search of the questionnaires, code systems and value sets (any valid token), and the
 * CapabilityStatement (public). Errors answer as OperationOutcome (fhir-kit).
 */
@Path("/fhir/r4")
@Authenticated
@Produces({FhirMedia.FHIR_JSON, FhirMedia.JSON})
@Tag(name = "FHIR R4", description = "HL7 FHIR R4 (application/fhir+json); every error is an OperationOutcome (docs/fhir.md)")
public class FhirConformanceResource {

    private final ConformanceResources resources;

    public FhirConformanceResource(ConformanceResources resources) {
        this.resources = resources;
    }

    @GET
    @Path("/metadata")
    @PermitAll
    // declared public in the contract (an empty requirement: no token needed), not the class's roles
    @SecurityRequirementsSet
    @Operation(operationId = "getFhirCapabilities", summary = "CapabilityStatement", description = "Public: what this FHIR endpoint serves.")
    @APIResponse(responseCode = "200", description = "The CapabilityStatement")
    public CapabilityStatement metadata() {
        return resources.capabilities();
    }

    @GET
    @Path("/{type: Questionnaire|CodeSystem|ValueSet}")
    @Operation(operationId = "searchFhirConformanceResources", summary = "Search questionnaires, code systems or value sets", description = "All, or the one with canonical `url` (optionally `url|version`).")
    @APIResponse(responseCode = "200", description = "Bundle of type searchset")
    @APIResponse(responseCode = "401", description = "No valid token (OperationOutcome)")
    public Bundle search(@PathParam("type") String type, @QueryParam("url") String url, @Context UriInfo uri) {
        List<MetadataResource> found = resources.search(type, url);
        return SearchBundles.searchset(base(uri), uri.getRequestUri().toString(), found, found.size(), null);
    }

    @GET
    @Path("/{type: Questionnaire|CodeSystem|ValueSet}/{id}")
    @Operation(operationId = "readFhirConformanceResource", summary = "Read a questionnaire, code system or value set by id",
            description = "Questionnaire hip-spine-assessment, odi, start-back, nprs, hoos-12; CodeSystem and ValueSet finding-code, category, side, setting.")
    @APIResponse(responseCode = "200", description = "The resource")
    @APIResponse(responseCode = "401", description = "No valid token (OperationOutcome)")
    @APIResponse(responseCode = "404", description = "No such resource (OperationOutcome)")
    public MetadataResource read(@PathParam("type") String type, @PathParam("id") String id) {
        return resources.read(type, id).orElseThrow(() -> Problems.notFound(type + " with this id"));
    }

    private static String base(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/fhir/r4";
    }
}
