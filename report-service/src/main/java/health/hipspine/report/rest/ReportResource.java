package health.hipspine.report.rest;

import health.hipspine.report.rendering.HandoutComposer;
import health.hipspine.report.repository.DocumentKind;
import health.hipspine.report.repository.StoredDocument;
import health.hipspine.kit.caller.Caller;
import health.hipspine.kit.caller.ClinicScope;
import health.hipspine.kit.caller.Roles;
import health.hipspine.report.service.Download;
import health.hipspine.report.service.RegenerationBudget;
import health.hipspine.report.service.ReportGeneration;
import health.hipspine.report.service.ReportService;
import health.hipspine.kit.paging.Page;
import health.hipspine.kit.paging.PageRequest;
import health.hipspine.kit.problem.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Reports of the caller's clinic: lists, status, PDF downloads (audited) and regeneration. Another clinic's
 * report answers 404 exactly like a missing one.
 */
@Path("/api/v1")
@Tag(name = "Reports", description = "Clinician reports and patient handouts (PDF/A), rendered from assessment events (clinician, integration)")
public class ReportResource {

    static final String SUMMARY_EXAMPLE = """
            {"id":"5f0c6f43-7c1e-4d3a-9f55-0d2b5cf7a001","assessmentId":"0b8f7a52-3c55-4a8e-b2a4-6a4b4cb0e7d2",
             "clinicId":"clinic-a","patientRef":"PT-4711","encounterDate":"2026-11-20","status":"READY",
             "triageLevel":"URGENT","topCategory":"HIP_INTRA_ARTICULAR","currentVersion":1,"createdAt":"2026-11-20T09:30:01Z"}""";
    static final String DETAIL_EXAMPLE = """
            {"id":"5f0c6f43-7c1e-4d3a-9f55-0d2b5cf7a001","assessmentId":"0b8f7a52-3c55-4a8e-b2a4-6a4b4cb0e7d2",
             "clinicId":"clinic-a","patientRef":"PT-4711","clinician":"dr.garcia","encounterDate":"2026-11-20",
             "status":"READY","failureReason":null,"triageLevel":"URGENT","topCategory":"HIP_INTRA_ARTICULAR",
             "currentVersion":2,"modelVersion":"model-1.0.0","contentRelease":"content-2026.11",
             "createdAt":"2026-11-20T09:30:01Z","updatedAt":"2026-11-21T08:00:00Z",
             "versions":[{"version":1,"kind":"CLINICIAN","language":"en","templateVersion":"clinician-2026.11-1",
               "contentComplete":true,"reason":"initial","sha256":"3f1c...","sizeBytes":81234,"generatedAt":"2026-11-20T09:30:01Z"},
              {"version":2,"kind":"CLINICIAN","language":"en","templateVersion":"clinician-2026.11-1",
               "contentComplete":true,"reason":"template update","sha256":"9ab0...","sizeBytes":81502,"generatedAt":"2026-11-21T08:00:00Z"}]}""";
    static final String PROBLEM_404 = """
            {"status":404,"title":"Not Found","detail":"No report with this id","instance":"/api/v1/reports/5f0c6f43-7c1e-4d3a-9f55-0d2b5cf7a001"}""";
    static final String PROBLEM_400 = """
            {"status":400,"title":"Invalid parameter","detail":"from must be an ISO date (yyyy-MM-dd)","field":"from"}""";

    private final ReportService reports;
    private final ReportGeneration generation;
    private final Caller caller;

    public ReportResource(ReportService reports, ReportGeneration generation, Caller caller) {
        this.reports = reports;
        this.generation = generation;
        this.caller = caller;
    }

    @GET
    @Path("/reports")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLINICIAN, Roles.INTEGRATION})
    @Operation(operationId = "listReports", summary = "List the clinic's reports", description = "Filter by patient reference, encounter date range or assessment id; newest encounter first.")
    @APIResponse(responseCode = "200", description = "A page of reports", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportViews.SummaryPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\":[" + SUMMARY_EXAMPLE + "],\"total\":1,\"page\":0,\"size\":20}")))
    @APIResponse(responseCode = "400", description = "A malformed parameter (named in `field`)", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "bad date", value = PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Wrong role, or the token has no clinic_id")
    public Page<ReportViews.Summary> list(
            @Parameter(description = "The caller's pseudonymous patient reference", example = "PT-4711") @QueryParam("patientRef") String patientRef,
            @Parameter(description = "Earliest encounter date (inclusive)", example = "2026-11-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Latest encounter date (inclusive)", example = "2026-11-30") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only the report of this assessment") @QueryParam("assessmentId") UUID assessmentId,
            @Valid @BeanParam PageRequest page) {
        ClinicScope scope = caller.requireClinic();
        return ReportViews.page(reports.list(scope, new ReportService.Filter(patientRef, from, to, assessmentId), page));
    }

    @GET
    @Path("/reports/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLINICIAN, Roles.INTEGRATION})
    @Operation(operationId = "getReport", summary = "A report's status and versions")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportViews.Detail.class), examples = @ExampleObject(name = "ready", value = DETAIL_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "id is not a UUID", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Wrong role, or the token has no clinic_id")
    @APIResponse(responseCode = "404", description = "No such report in the caller's clinic", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "not found", value = PROBLEM_404)))
    public ReportViews.Detail get(@PathParam("id") UUID id) {
        ClinicScope scope = caller.requireClinic();
        return reports.details(scope, id).map(ReportViews.Detail::of).orElseThrow(ReportResource::notFound);
    }

    @GET
    @Path("/assessments/{assessmentId}/report")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLINICIAN, Roles.INTEGRATION})
    @Operation(operationId = "getReportByAssessment", summary = "The report of an assessment", description = "The same body as GET /reports/{id}; 404 until the event has been consumed.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportViews.Detail.class), examples = @ExampleObject(name = "ready", value = DETAIL_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "assessmentId is not a UUID", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Wrong role, or the token has no clinic_id")
    @APIResponse(responseCode = "404", description = "No report for this assessment in the caller's clinic (yet)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not found", value = PROBLEM_404)))
    public ReportViews.Detail byAssessment(@PathParam("assessmentId") UUID assessmentId) {
        ClinicScope scope = caller.requireClinic();
        return reports.detailsByAssessment(scope, assessmentId).map(ReportViews.Detail::of).orElseThrow(ReportResource::notFound);
    }

    @GET
    @Path("/reports/{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.CLINICIAN, Roles.INTEGRATION})
    @Operation(operationId = "downloadReportPdf", summary = "Download the clinician report", description = "The current version, or an earlier archived one with `version`. "
            + "PDF/A-2a and PDF/UA-1. Audited. `ETag` is the SHA-256 of the bytes; `If-None-Match` answers 304.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "The caller's copy (If-None-Match) is current")
    @APIResponse(responseCode = "400", description = "id is not a UUID, or version is not a positive number", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Wrong role, or the token has no clinic_id")
    @APIResponse(responseCode = "404", description = "No such report or version in the caller's clinic, or not rendered yet (see status)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not found", value = PROBLEM_404)))
    public Response pdf(@PathParam("id") UUID id,
            @Parameter(description = "An archived version; default the current one", example = "1")
            @QueryParam("version") @Min(value = 1, message = "must be between 1 and 10000") @Max(value = 10_000, message = "must be between 1 and 10000") Integer version,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ClinicScope scope = caller.requireClinic();
        return response(reports.download(scope, id, version, DocumentKind.CLINICIAN, "en", ifNoneMatch), "report-" + id);
    }

    @GET
    @Path("/reports/{id}/handout.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.CLINICIAN, Roles.INTEGRATION})
    @Operation(operationId = "downloadHandoutPdf", summary = "Download the patient handout", description = "The exercise plan in plain language, English or Spanish by "
            + "`Accept-Language` (default English). Rendered on first request for the current version, then archived. Audited; ETag and 304 as for the report.")
    @APIResponse(responseCode = "200", description = "The PDF; `Content-Language` says which language", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "The caller's copy (If-None-Match) is current")
    @APIResponse(responseCode = "400", description = "id is not a UUID", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Wrong role, or the token has no clinic_id")
    @APIResponse(responseCode = "404", description = "No such report in the caller's clinic, or not rendered yet",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not found", value = PROBLEM_404)))
    public Response handout(@PathParam("id") UUID reportId, @Context HttpHeaders headers,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ClinicScope scope = caller.requireClinic();
        String language = language(headers);
        int version = reports.currentVersion(scope, reportId);
        // rendered (first request only) before the download's transaction; the audit entry and the read commit together
        generation.ensureHandout(scope, reportId, version, language);
        return response(reports.download(scope, reportId, version, DocumentKind.HANDOUT, language, ifNoneMatch),
                "handout-" + reportId + "-" + language);
    }

    @POST
    @Path("/reports/{id}/regenerate")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLINICIAN, Roles.ADMIN})
    @Operation(operationId = "regenerateReport", summary = "Render a new version", description = "Renders the stored event again with the current template and catalogue as "
            + "version n+1; earlier versions stay archived and downloadable. A clinician may regenerate their clinic's reports; "
            + "admin (no clinic) may regenerate any report, e.g. after a template change, and gets only ids and status back.")
    @APIResponse(responseCode = "200", description = "The new version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportViews.Regenerated.class),
            examples = @ExampleObject(name = "version 2", value = "{\"reportId\":\"5f0c6f43-7c1e-4d3a-9f55-0d2b5cf7a001\",\"version\":2,\"status\":\"READY\"}")))
    @APIResponse(responseCode = "400", description = "id is not a UUID", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Wrong role, or a clinician token without clinic_id")
    @APIResponse(responseCode = "404", description = "No such report (in the caller's clinic)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "The clinic's regeneration budget is spent (report.regenerate.per-clinic per window); "
            + "`Retry-After` gives the seconds to wait", content = @Content(mediaType = "application/problem+json"))
    public CompletionStage<ReportViews.Regenerated> regenerate(@PathParam("id") UUID id,
            @Parameter(description = "Why (kept with the version)", example = "template update") @QueryParam("reason") @DefaultValue("regenerated") String reason) {
        Optional<ClinicScope> scope = caller.hasRole(Roles.ADMIN) ? Optional.empty() : Optional.of(caller.requireClinic());
        try {
            // the render runs on the renderer pool; this thread only takes the clinic's permit
            return generation.regenerateOnPool(scope, id, reason)
                    .thenApply(done -> done.map(ReportViews.Regenerated::of).orElseThrow(ReportResource::notFound));
        } catch (RegenerationBudget.Exhausted e) {
            throw Problems.tooManyRequests("This clinic has started too many regenerations; try again later", e.retryAfter());
        }
    }

    private static Response response(Download download, String fileName) {
        return switch (download) {
            case Download.NotFound ignored -> throw notFound();
            case Download.NotModified notModified -> Response.notModified(new EntityTag(notModified.sha256())).build();
            case Download.Found found -> {
                StoredDocument d = found.document();
                yield Response.ok(d.pdf(), "application/pdf")
                        .tag(new EntityTag(d.sha256()))
                        .header("Content-Disposition", "attachment; filename=\"" + fileName + "-v" + d.version() + ".pdf\"")
                        .header("Content-Language", d.language())
                        .header("Cache-Control", "private, no-cache")
                        .build();
            }
        };
    }

    /** The first of the caller's acceptable languages that the handout is written in; English otherwise. */
    static String language(HttpHeaders headers) {
        for (Locale locale : headers.getAcceptableLanguages()) {
            String lang = locale.getLanguage().toLowerCase(Locale.ROOT);
            if (HandoutComposer.LANGUAGES.contains(lang)) {
                return lang;
            }
        }
        return "en";
    }

    private static HttpProblem notFound() {
        return Problems.notFound("report with this id");
    }
}
