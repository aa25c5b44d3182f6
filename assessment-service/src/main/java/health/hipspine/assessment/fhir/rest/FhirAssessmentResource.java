package health.hipspine.assessment.fhir.rest;

import health.hipspine.assessment.fhir.mapping.AssessmentCapabilities;
import health.hipspine.assessment.fhir.mapping.AssessmentFhir;
import health.hipspine.assessment.fhir.service.FhirAssessments;
import health.hipspine.assessment.repository.AssessmentEntity;
import health.hipspine.assessment.service.AssessmentStore;
import health.hipspine.fhirkit.Canonicals;
import health.hipspine.fhirkit.FhirMedia;
import health.hipspine.fhirkit.SearchBundles;
import health.hipspine.kit.problem.Problems;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationDefinition;
import org.hl7.fhir.r4.model.RiskAssessment;

import java.util.List;
import java.util.UUID;

/**
 * FHIR R4 in and out of the assessment: the same scoring, rules, idempotency, clinic scope, roles and audit as
 * POST /api/v1/assessments. Errors are OperationOutcomes (fhir-kit's FhirErrorFilter rewrites the kit's problems on /fhir/**;
 * each violation becomes an issue whose expression is the FHIR element, see FhirAssessments).
 */
@Path("/fhir/r4")
@Tag(name = "FHIR R4", description = "HL7 FHIR R4 (application/fhir+json); every error is an OperationOutcome (docs/fhir.md)")
@RolesAllowed({"clinician", "integration"})
public class FhirAssessmentResource {

    static final String ASSESS = "$assess";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;

    private final FhirAssessments assessments;
    private final CapabilityStatement capabilities;
    private final OperationDefinition assessDefinition;

    public FhirAssessmentResource(FhirAssessments assessments,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String version) {
        this.assessments = assessments;
        java.util.Date published = new java.util.Date();
        this.capabilities = AssessmentCapabilities.of(version, published);
        this.assessDefinition = AssessmentCapabilities.assessDefinition(version, published);
    }

    @GET
    @Path("/metadata")
    @PermitAll
    // declared public in the contract (an empty requirement: no token needed), not the class's roles
    @SecurityRequirementsSet
    @Produces({FhirMedia.FHIR_JSON, FhirMedia.JSON})
    @Operation(operationId = "getFhirCapabilities", summary = "CapabilityStatement", description = "Public: what this FHIR endpoint serves.")
    @APIResponse(responseCode = "200", description = "The CapabilityStatement")
    public CapabilityStatement metadata() {
        return capabilities.copy(); // HAPI resources are mutable
    }

    @GET
    @Path("/OperationDefinition/{id}")
    @Produces({FhirMedia.FHIR_JSON, FhirMedia.JSON})
    @Operation(operationId = "readFhirOperationDefinition", summary = "The OperationDefinition of $assess",
            description = "The id the CapabilityStatement's operation names (QuestionnaireResponse-assess): what $assess takes and answers.")
    @APIResponse(responseCode = "200", description = "The OperationDefinition")
    @APIResponse(responseCode = "401", description = "No valid bearer token (OperationOutcome)")
    @APIResponse(responseCode = "403", description = "Role not allowed (OperationOutcome)")
    @APIResponse(responseCode = "404", description = "No operation of that id here (OperationOutcome)")
    public OperationDefinition operationDefinition(@PathParam("id") String id) {
        if (!AssessmentCapabilities.ASSESS_DEFINITION_ID.equals(id)) {
            throw Problems.notFound("OperationDefinition");
        }
        return assessDefinition.copy(); // HAPI resources are mutable
    }

    @POST
    // a parameter, compared decoded: clients send "$assess" or "%24assess", and the router matches the raw path
    @Path("/QuestionnaireResponse/{operation}")
    @Consumes({FhirMedia.FHIR_JSON, FhirMedia.JSON})
    @Produces({FhirMedia.FHIR_JSON, FhirMedia.JSON})
    @Operation(operationId = "assessFhir", summary = "Score, store and announce an assessment sent as FHIR",
            description = "Takes a QuestionnaireResponse (items of Questionnaire/hip-spine-assessment, odi, start-back, nprs) or a "
                    + "Bundle of a Patient and Observations; answers a collection Bundle: RiskAssessment, an Observation per "
                    + "finding and questionnaire score, a Flag for URGENT/EMERGENCY triage and a CarePlan. See docs/fhir.md.")
    @RequestBody(required = true, content = @Content(mediaType = FhirMedia.FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT,
            description = "FHIR R4 QuestionnaireResponse or Bundle (docs/fhir.md)")))
    @APIResponse(responseCode = "201", description = "Scored and stored; Location names the RiskAssessment. A retry with the same "
            + "Idempotency-Key and body answers 201 with the first assessment and Idempotent-Replayed: true",
            headers = {@Header(name = "Location", description = "URL of the RiskAssessment",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = REPLAYED_HEADER, description = "true when an Idempotency-Key retry answered with the first result",
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(mediaType = FhirMedia.FHIR_JSON, schema = @Schema(ref = "FhirBundle")))
    @APIResponse(responseCode = "400", description = "Not FHIR R4 JSON, or an unknown element (OperationOutcome)")
    @APIResponse(responseCode = "401", description = "No valid bearer token (OperationOutcome)")
    @APIResponse(responseCode = "403", description = "Role not allowed, or the token names no clinic (OperationOutcome)")
    @APIResponse(responseCode = "404", description = "An operation other than $assess (OperationOutcome)")
    @APIResponse(responseCode = "422", description = "A rule is broken: each issue's expression names the element (OperationOutcome)")
    public Response assess(
            @Parameter(description = "The operation: $assess (or %24assess)", schema = @Schema(enumeration = ASSESS))
            @PathParam("operation") String operation, String body,
            @Parameter(description = "Makes a retry safe: the same key and body return the first result (scoped per clinic)")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context UriInfo uri) {
        if (!ASSESS.equals(operation)) {
            throw Problems.notFound("operation");
        }
        AssessmentStore.Submitted submitted = assessments.assess(body, idempotencyKey);
        AssessmentEntity a = submitted.assessment();
        String url = riskAssessmentUrl(uri, a.id);
        return Response.created(java.net.URI.create(url))
                .header(REPLAYED_HEADER, submitted.replayed())
                .entity(AssessmentFhir.collection(a, url))
                .build();
    }

    @GET
    @Path("/RiskAssessment/{id}")
    @Produces({FhirMedia.FHIR_JSON, FhirMedia.JSON})
    @Operation(operationId = "readFhirRiskAssessment", summary = "One RiskAssessment of the caller's clinic, its inputs contained")
    @APIResponse(responseCode = "200", description = "The RiskAssessment")
    @APIResponse(responseCode = "404", description = "No such assessment in the caller's clinic (OperationOutcome)")
    public RiskAssessment read(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound("RiskAssessment"); // a malformed id is an id no clinic has
        }
        return assessments.find(uuid).map(AssessmentFhir::riskAssessment).orElseThrow(() -> Problems.notFound("RiskAssessment"));
    }

    @GET
    @Path("/RiskAssessment")
    @Produces({FhirMedia.FHIR_JSON, FhirMedia.JSON})
    @Operation(operationId = "searchFhirRiskAssessments", summary = "A patient's RiskAssessments at the caller's clinic, newest encounter first (Bundle searchset)")
    @APIResponse(responseCode = "200", description = "Bundle of type searchset (empty when the patient has none here)")
    @APIResponse(responseCode = "400", description = "No subject, or _count outside 1-100 (OperationOutcome)")
    public Bundle search(
            @Parameter(description = "system|patientRef with system " + Canonicals.PATIENT_REF + "; a bare value means that system")
            @QueryParam("subject") String subject,
            @Parameter(description = "The same, as subject:identifier") @QueryParam("subject:identifier") String subjectIdentifier,
            @QueryParam("_count") Integer count,
            @Context UriInfo uri) {
        String token = subject != null ? subject : subjectIdentifier;
        if (token == null || token.isBlank()) {
            throw Problems.invalidParameter("subject", "is required: " + Canonicals.PATIENT_REF + "|<patientRef>");
        }
        int size = count == null ? DEFAULT_COUNT : count;
        if (size < 1 || size > MAX_COUNT) {
            throw Problems.invalidParameter("_count", "must be 1-" + MAX_COUNT);
        }
        int bar = token.indexOf('|');
        String system = bar < 0 ? Canonicals.PATIENT_REF : token.substring(0, bar);
        String patientRef = bar < 0 ? token : token.substring(bar + 1);
        List<AssessmentEntity> found = Canonicals.PATIENT_REF.equals(system) ? assessments.ofPatient(patientRef, size) : List.of();

        Bundle bundle = SearchBundles.searchset(uri.getBaseUriBuilder().path("fhir/r4").build().toString(),
                uri.getRequestUri().toString(), found.stream().map(AssessmentFhir::riskAssessment).toList(), found.size(), null);
        if (found.size() == size) {
            bundle.setTotalElement(null); // a full page may have more behind it: the total is unknown
        }
        return bundle;
    }

    private static String riskAssessmentUrl(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path("fhir/r4/RiskAssessment").path(id.toString()).build().toString();
    }
}
