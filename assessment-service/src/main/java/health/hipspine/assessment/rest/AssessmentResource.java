package health.hipspine.assessment.rest;

import health.hipspine.assessment.repository.AssessmentEntity;
import health.hipspine.assessment.service.AssessmentService;
import health.hipspine.assessment.service.AssessmentStore;
import health.hipspine.assessment.service.AssessmentSubmission;
import health.hipspine.assessment.service.ResultLanguage;
import health.hipspine.kit.problem.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/assessments")
@Tag(name = "Assessments", description = AssessmentResource.TAG_DESCRIPTION)
@RolesAllowed({"clinician", "integration"})
public class AssessmentResource {

    static final String TAG_DESCRIPTION = "Submit the findings of an encounter to be scored; read assessments and a patient's"
            + " history within the caller's clinic (clinician, integration)";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final String EXAMPLE_SUBMISSION = """
            {"patientRef":"pt-7f3a9c","encounterDate":"2026-11-20","age":64,"sex":"female",
             "findings":[{"code":"pain.groin","value":true,"side":"right"},{"code":"test.fadir","value":true,"side":"right"},
                         {"code":"rom.hip.internal-rotation","value":12,"side":"right"}],
             "questionnaires":{"odi":[2,1,2,1,2,1,1,0,null,1],"nprs":6}}""";
    static final String EXAMPLE_PROBLEM = """
            {"type":"https://hipspine.health/problems/invalid-submission","status":422,
             "title":"The assessment cannot be scored as submitted","detail":"1 field(s) break the submission rules; see violations",
             "violations":[{"field":"findings[2].value","message":"must be a number"}]}""";

    // in the description, not a declared header parameter: a declared one would add an argument to every generated
    // client's submitAssessment/getAssessment and break their callers' code
    static final String LANGUAGE_DESCRIPTION = " Accept-Language: en (default) or es gives the result's texts (triage action and"
            + " reasons, evidence notes, hip-spine rationale, next steps, warnings, the plan's note) in that language;"
            + " numbers, codes and citations do not change, results are stored in English, Content-Language names the"
            + " language answered.";
    static final String CONTENT_LANGUAGE_DESCRIPTION = "en or es: the language of the result's texts (en for a result of an "
            + "earlier model version, whose texts are not translated)";

    private final AssessmentService service;
    private final ResultLanguage languages;

    public AssessmentResource(AssessmentService service, ResultLanguage languages) {
        this.service = service;
        this.languages = languages;
    }

    /** The first language the caller accepts that results are available in; English when none is. */
    static String language(HttpHeaders headers) {
        for (Locale accepted : headers.getAcceptableLanguages()) {
            if (accepted.getLanguage().equals("*")) {
                break;
            }
            String language = accepted.getLanguage().toLowerCase(Locale.ROOT);
            if (ResultLanguage.LANGUAGES.contains(language)) {
                return language;
            }
        }
        return ResultLanguage.LANGUAGES.get(0);
    }

    /** The view in the caller's language, with Content-Language; Vary, because the same URL answers in two. */
    private Response.ResponseBuilder localised(Response.ResponseBuilder response, AssessmentEntity a, HttpHeaders headers) {
        ResultLanguage.Localised localised = languages.of(a, language(headers));
        return response.entity(AssessmentView.of(a, localised.result())).language(localised.language())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitAssessment", summary = "Score, store and announce an assessment",
            description = "Validates the findings against the catalogue, scores triage, differential and questionnaires, builds an "
                    + "exercise plan from the content catalogue, stores everything for the caller's clinic and publishes an "
                    + "assessment-completed event. Supports decisions; it does not diagnose." + LANGUAGE_DESCRIPTION)
    @RequestBody(content = @Content(schema = @Schema(implementation = AssessmentSubmission.class),
            examples = @ExampleObject(name = "hip osteoarthritis presentation", value = EXAMPLE_SUBMISSION)))
    @APIResponse(responseCode = "201", description = "Scored and stored; Location names the new assessment. A retry with the same "
            + "Idempotency-Key and body answers 201 again with the first assessment and Idempotent-Replayed: true",
            headers = {@Header(name = "Location", description = "URL of the new assessment",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = REPLAYED_HEADER, description = "true when an Idempotency-Key retry answered with the first result",
                            schema = @Schema(type = SchemaType.BOOLEAN)),
                    @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = CONTENT_LANGUAGE_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a value of the wrong JSON type or an unknown property",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or the token names no clinic",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "Body larger than the configured limit")
    @APIResponse(responseCode = "415", description = "Not application/json")
    @APIResponse(responseCode = "422", description = "A rule is broken (unknown finding code, value type or range, missing field, "
            + "age, sex, patientRef, encounterDate) or the Idempotency-Key was used for a different body",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "wrong value type", value = EXAMPLE_PROBLEM)))
    public Response submit(AssessmentSubmission submission,
            @Parameter(description = "Makes a retry safe: the same key and body return the first result (scoped per clinic)")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        AssessmentStore.Submitted submitted = service.submit(submission, idempotencyKey);
        AssessmentEntity a = submitted.assessment();
        return localised(Response.created(uri.getAbsolutePathBuilder().path(a.id.toString()).build())
                .header(REPLAYED_HEADER, submitted.replayed()), a, headers)
                .build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAssessment", summary = "One assessment of the caller's clinic",
            description = "The stored assessment and its result." + LANGUAGE_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The stored assessment with its result",
            headers = @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = CONTENT_LANGUAGE_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or the token names no clinic")
    @APIResponse(responseCode = "404", description = "No such assessment in the caller's clinic (other clinics' assessments included)",
            content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("id") String id, @Context HttpHeaders headers) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            // a malformed id is just an id no clinic has: 404, as documented (not 400)
            throw Problems.notFound("assessment");
        }
        AssessmentEntity a = service.find(uuid).orElseThrow(() -> Problems.notFound("assessment"));
        return localised(Response.ok(), a, headers).build();
    }
}
