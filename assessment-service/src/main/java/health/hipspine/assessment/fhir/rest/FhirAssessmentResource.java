package health.hipspine.assessment.fhir.rest;

import health.hipspine.assessment.fhir.mapping.AssessmentFhir;
import health.hipspine.assessment.fhir.mapping.FhirSystems;
import health.hipspine.assessment.fhir.mapping.Outcomes;
import health.hipspine.assessment.fhir.plumbing.FhirPlumbing;
import health.hipspine.assessment.fhir.service.FhirAssessments;
import health.hipspine.assessment.repository.AssessmentEntity;
import health.hipspine.assessment.service.AssessmentStore;
import health.hipspine.kit.problem.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.RiskAssessment;

import java.util.List;
import java.util.UUID;

/**
 * FHIR R4 in and out of the assessment: the same scoring, rules, idempotency, clinic scope, roles and audit as
 * POST /api/v1/assessments. Errors are OperationOutcomes (FhirPlumbing rewrites the kit's problems on /fhir/**).
 */
@Path("/fhir/r4")
@Tag(name = "FHIR R4")
@RolesAllowed({"clinician", "integration"})
public class FhirAssessmentResource {

    static final String ASSESS = "$assess";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;

    private final FhirAssessments assessments;

    public FhirAssessmentResource(FhirAssessments assessments) {
        this.assessments = assessments;
    }

    @POST
    // a parameter, compared decoded: clients send "$assess" or "%24assess", and the router matches the raw path
    @Path("/QuestionnaireResponse/{operation}")
    @Consumes({FhirPlumbing.FHIR_JSON, MediaType.APPLICATION_JSON})
    @Produces({FhirPlumbing.FHIR_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Score, store and announce an assessment sent as FHIR",
            description = "Takes a QuestionnaireResponse (items of Questionnaire/hip-spine-assessment, odi, start-back, nprs) or a "
                    + "Bundle of a Patient and Observations; answers a collection Bundle: RiskAssessment, an Observation per "
                    + "finding and questionnaire score, a Flag for URGENT/EMERGENCY triage and a CarePlan. See docs/fhir.md.")
    @APIResponse(responseCode = "201", description = "Scored and stored; Location names the RiskAssessment. A retry with the same "
            + "Idempotency-Key and body answers 201 with the first assessment and Idempotent-Replayed: true")
    @APIResponse(responseCode = "400", description = "Not FHIR R4 JSON, or an unknown element (OperationOutcome)")
    @APIResponse(responseCode = "401", description = "No valid bearer token (OperationOutcome)")
    @APIResponse(responseCode = "403", description = "Role not allowed, or the token names no clinic (OperationOutcome)")
    @APIResponse(responseCode = "422", description = "A rule is broken: each issue's expression names the element (OperationOutcome)")
    public Response assess(@PathParam("operation") String operation, String body,
            @Parameter(description = "Makes a retry safe: the same key and body return the first result (scoped per clinic)")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context UriInfo uri) {
        if (!ASSESS.equals(operation)) {
            throw Problems.notFound("operation");
        }
        AssessmentStore.Submitted submitted;
        try {
            submitted = assessments.assess(body, idempotencyKey);
        } catch (HttpProblem refused) {
            if (refused.getStatusCode() != 400 && refused.getStatusCode() != 422) {
                throw refused; // 403 and the like: FhirPlumbing answers them
            }
            // issue code "invalid" for both; each issue carries the element's FHIRPath
            return Response.status(refused.getStatusCode()).entity(Outcomes.of(refused, IssueType.INVALID)).build();
        }
        AssessmentEntity a = submitted.assessment();
        String url = riskAssessmentUrl(uri, a.id);
        return Response.created(java.net.URI.create(url))
                .header(REPLAYED_HEADER, submitted.replayed())
                .entity(AssessmentFhir.collection(a, url))
                .build();
    }

    @GET
    @Path("/RiskAssessment/{id}")
    @Produces({FhirPlumbing.FHIR_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "One RiskAssessment of the caller's clinic, its inputs contained")
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
    @Produces({FhirPlumbing.FHIR_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "A patient's RiskAssessments at the caller's clinic, newest encounter first (Bundle searchset)")
    @APIResponse(responseCode = "200", description = "Bundle of type searchset (empty when the patient has none here)")
    @APIResponse(responseCode = "400", description = "No subject, or _count outside 1-100 (OperationOutcome)")
    public Bundle search(
            @Parameter(description = "system|patientRef with system " + FhirSystems.PATIENT_REF + "; a bare value means that system")
            @QueryParam("subject") String subject,
            @Parameter(description = "The same, as subject:identifier") @QueryParam("subject:identifier") String subjectIdentifier,
            @QueryParam("_count") Integer count,
            @Context UriInfo uri) {
        String token = subject != null ? subject : subjectIdentifier;
        if (token == null || token.isBlank()) {
            throw Problems.invalidParameter("subject", "is required: " + FhirSystems.PATIENT_REF + "|<patientRef>");
        }
        int size = count == null ? DEFAULT_COUNT : count;
        if (size < 1 || size > MAX_COUNT) {
            throw Problems.invalidParameter("_count", "must be 1-" + MAX_COUNT);
        }
        int bar = token.indexOf('|');
        String system = bar < 0 ? FhirSystems.PATIENT_REF : token.substring(0, bar);
        String patientRef = bar < 0 ? token : token.substring(bar + 1);
        List<AssessmentEntity> found = FhirSystems.PATIENT_REF.equals(system) ? assessments.ofPatient(patientRef, size) : List.of();

        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        if (found.size() < size) {
            bundle.setTotal(found.size()); // all of them; a full page may have more behind it
        }
        bundle.addLink().setRelation("self").setUrl(uri.getRequestUri().toString());
        for (AssessmentEntity a : found) {
            bundle.addEntry().setFullUrl(riskAssessmentUrl(uri, a.id))
                    .setResource(AssessmentFhir.riskAssessment(a))
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    private static String riskAssessmentUrl(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path("fhir/r4/RiskAssessment").path(id.toString()).build().toString();
    }
}
