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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
            {"patientRef":"pt-7f3a9c","items":[{"id":"0b9e6c2a-4d1f-4e8b-9a3c-7f6e5d4c3b2a","createdAt":"2026-12-18T09:12:00Z","encounterDate":"2026-12-18",
             "modelVersion":"1.0.0","triageLevel":"ROUTINE","leadingCategory":"HIP_INTRA_ARTICULAR","leadingCategoryName":"Hip joint (intra-articular)","leadingProbability":0.71,
             "questionnaires":{"odi":{"percent":22.0,"band":"MODERATE","sectionsAnswered":10},"startBack":null,"nprs":3,
               "hoos12":{"pain":75.0,"function":50.0,"qualityOfLife":37.5,"summary":54.2,"summaryStatus":"U","summaryNote":"...","itemsAnswered":12,"source":"Gandek 2019; koos.nu"},
               "notScored":[{"measure":"STARTBACK","reason":"STarT Back not scored: no back pain recorded ...","source":"Hill 2008; Hill 2016"}]},
             "progress":{"previousAssessmentId":"5c1d8e7f-2a3b-4c5d-8e9f-0a1b2c3d4e5f","previousEncounterDate":"2026-11-20","changes":[
               {"measure":"ODI","previous":34.0,"current":22.0,"change":-12.0,"minimalImportantChange":10.0,"source":"Ostelo 2008","interpretation":"IMPROVED",
                "percentChange":-35.3,"minimalImportantPercent":30.0,"rule":"Improved: a fall of 10 points or 30% of the baseline; ..."},
               {"measure":"NPRS","previous":6,"current":3,"change":-3,"minimalImportantChange":1.8,"source":"Farrar 2001; Childs 2005 (minimal detectable change)",
                "interpretation":"IMPROVED","percentChange":-50.0,"minimalImportantPercent":30.0,"rule":"Improved: a fall of 30% of the baseline, here 1.8 points ..."}],
              "changesWithoutMic":[
               {"measure":"HOOS12_PAIN","previous":25.0,"current":75.0,"change":50.0,"threshold":26.2,"thresholdKind":"MDC_INDIVIDUAL_FULL_HOOS",
                "source":"Gojło & Paradowski 2020 (full HOOS, ...)","evidenceStatus":"V","interpretation":"BEYOND_MDC_BETTER","note":"..."},
               {"measure":"HOOS12_FUNCTION","previous":25.0,"current":50.0,"change":25.0,"threshold":null,"thresholdKind":"NONE",
                "source":"Gandek 2019; koos.nu","evidenceStatus":"U","interpretation":"NOT_JUDGED","note":"... No published threshold for this scale ..."}]}}]}""";

    public record PatientHistory(String patientRef, List<HistoryEntry> items) {
    }

    private final AssessmentService service;

    public PatientHistoryResource(AssessmentService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPatientHistory", summary = "A patient's assessments at the caller's clinic, newest first",
            description = "Each entry carries the change since the previous assessment. ODI and NPRS (changes) are judged "
                    + "against their minimal important change: ODI a fall of 10 points or 30% (Ostelo 2008); NPRS a fall of 30% of "
                    + "the baseline (Farrar 2001) or a rise of 2 points (Childs 2005), with the rule applied. HOOS-12 and STarT Back "
                    + "have no published minimal important change (changesWithoutMic): HOOS-12 Pain and QOL are judged only against "
                    + "the full-HOOS individual minimal detectable change (Gojło & Paradowski 2020, labelled as such); HOOS-12 "
                    + "Function, summary and STarT Back are shown, not judged. Accept-Language: en (default) or es names the"
                    + " leading category in that language (leadingCategoryName).")
    @APIResponse(responseCode = "200", description = "The history (empty items when the clinic has no assessment of this patient)",
            content = @Content(schema = @Schema(implementation = PatientHistory.class), examples = @ExampleObject(name = "two visits", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "limit is not an integer (the problem names it)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or the token names no clinic")
    @APIResponse(responseCode = "422", description = "patientRef or limit out of bounds", content = @Content(mediaType = "application/problem+json"))
    public PatientHistory history(@PathParam("patientRef") String patientRef,
            @Parameter(description = "How many entries, 1-500") @QueryParam("limit") @DefaultValue("50") int limit,
            @Context HttpHeaders headers) {
        if (!patientRef.matches(SubmissionRules.PATIENT_REF_PATTERN)) {
            throw Problems.invalidSubmission(List.of(new Violation("patientRef", "must be an opaque pseudonymous id")));
        }
        if (limit < 1 || limit > 500) {
            throw Problems.invalidSubmission(List.of(new Violation("limit", "must be 1-500")));
        }
        return new PatientHistory(patientRef, service.history(patientRef, limit).stream()
                .map(v -> HistoryEntry.of(v, AssessmentResource.language(headers))).toList());
    }
}
