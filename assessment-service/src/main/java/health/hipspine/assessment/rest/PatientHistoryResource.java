package health.hipspine.assessment.rest;

import health.hipspine.assessment.service.AssessmentService;
import health.hipspine.assessment.service.SubmissionRules;
import health.hipspine.kit.problem.Problems;
import health.hipspine.kit.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/patients/{patientRef}/assessments")
@Tag(name = "Assessments", description = AssessmentResource.TAG_DESCRIPTION)
@RolesAllowed({"clinician", "integration"})
public class PatientHistoryResource {

    static final String EXAMPLE = """
            {"patientRef":"pt-7f3a9c","items":[{"id":"0b9e...","createdAt":"2026-12-18T09:12:00Z","encounterDate":"2026-12-18",
             "modelVersion":"1.0.0","triageLevel":"ROUTINE","leadingCategory":"HIP_INTRA_ARTICULAR","leadingProbability":0.71,
             "questionnaires":{"odi":{"percent":22.0,"band":"moderate","sectionsAnswered":10},"startBack":null,"nprs":3},
             "progress":{"previousAssessmentId":"5c1d...","previousEncounterDate":"2026-11-20","changes":[
               {"measure":"ODI","previous":34.0,"current":22.0,"change":-12.0,"minimalImportantChange":10.0,"source":"Ostelo 2008","interpretation":"IMPROVED"},
               {"measure":"NPRS","previous":6,"current":3,"change":-3,"minimalImportantChange":2.0,"source":"Childs 2005","interpretation":"IMPROVED"}]}}]}""";

    public record PatientHistory(String patientRef, List<HistoryEntry> items) {
    }

    private final AssessmentService service;

    public PatientHistoryResource(AssessmentService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPatientHistory", summary = "A patient's assessments at the caller's clinic, newest first",
            description = "Each entry carries the change of ODI and NPRS since the previous assessment, judged against the "
                    + "measure's minimal important change (ODI 10 points, Ostelo 2008; NPRS 2 points, Childs 2005). "
                    + "STarT Back has no established minimal important change and is not judged.")
    @APIResponse(responseCode = "200", description = "The history (empty items when the clinic has no assessment of this patient)",
            content = @Content(schema = @Schema(implementation = PatientHistory.class), examples = @ExampleObject(name = "two visits", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "limit is not an integer (the problem names it)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or the token names no clinic")
    @APIResponse(responseCode = "422", description = "patientRef or limit out of bounds", content = @Content(mediaType = "application/problem+json"))
    public PatientHistory history(@PathParam("patientRef") String patientRef,
            @Parameter(description = "How many entries, 1-500") @QueryParam("limit") @DefaultValue("50") int limit) {
        if (!patientRef.matches(SubmissionRules.PATIENT_REF_PATTERN)) {
            throw Problems.invalidSubmission(List.of(new Violation("patientRef", "must be an opaque pseudonymous id")));
        }
        if (limit < 1 || limit > 500) {
            throw Problems.invalidSubmission(List.of(new Violation("limit", "must be 1-500")));
        }
        return new PatientHistory(patientRef, service.history(patientRef, limit).stream().map(HistoryEntry::of).toList());
    }
}
