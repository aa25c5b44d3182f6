package health.hipspine.report.report;

import health.hipspine.report.audit.AuditTrail;
import health.hipspine.report.rendering.HandoutComposer;
import health.hipspine.report.security.Caller;
import health.hipspine.report.security.ClinicScope;
import health.hipspine.report.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
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

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Reports of the caller's clinic: lists, status, PDF downloads (audited) and regeneration. Another clinic's
 * report answers 404 exactly like a missing one.
 */
@Path("/api/v1")
@Tag(name = "Reports")
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

    @Inject
    ReportRepository reports;

    @Inject
    ReportGeneration generation;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @GET
    @Path("/reports")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLINICIAN, Roles.INTEGRATION})
    @Operation(summary = "List the clinic's reports", description = "Filter by patient reference, encounter date range or assessment id; newest encounter first.")
    @APIResponse(responseCode = "200", description = "A page of reports", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportViews.Page.class),
            examples = @ExampleObject(name = "page", value = "{\"items\":[" + SUMMARY_EXAMPLE + "],\"total\":1,\"page\":0,\"size\":20}")))
    @APIResponse(responseCode = "400", description = "A malformed parameter (named in `field`)", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "bad date", value = PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Wrong role, or the token has no clinic_id")
    public ReportViews.Page list(
            @Parameter(description = "The caller's pseudonymous patient reference", example = "PT-4711") @QueryParam("patientRef") String patientRef,
            @Parameter(description = "Earliest encounter date (inclusive)", example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(description = "Latest encounter date (inclusive)", example = "2026-11-30") @QueryParam("to") String to,
            @Parameter(description = "Only the report of this assessment") @QueryParam("assessmentId") String assessmentId,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        ClinicScope scope = caller.clinic();
        ApiParameters.range("page", page, 0, 100_000);
        ApiParameters.range("size", size, 1, 100);
        UUID assessment = ApiParameters.uuid("assessmentId", assessmentId);
        var fromDate = ApiParameters.date("from", from);
        var toDate = ApiParameters.date("to", to);
        return QuarkusTransaction.requiringNew().call(() -> {
            ReportViews.Page result;
            if (assessment != null) {
                var one = reports.findByAssessment(scope, assessment).filter(r -> patientRef == null || patientRef.equals(r.patientRef()));
                result = new ReportViews.Page(one.map(ReportViews.Summary::of).stream().toList(), one.isPresent() ? 1 : 0, page, size);
            } else {
                var found = reports.search(scope, patientRef, fromDate, toDate, page, size);
                result = new ReportViews.Page(found.items().stream().map(ReportViews.Summary::of).toList(), found.total(), page, size);
            }
            audit.record("LIST", AuditTrail.REPORT, null, "SUCCESS", result.items().size() + " of " + result.total());
            return result;
        });
    }

    @GET
    @Path("/reports/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLINICIAN, Roles.INTEGRATION})
    @Operation(summary = "A report's status and versions")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportViews.Detail.class), examples = @ExampleObject(name = "ready", value = DETAIL_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Wrong role, or the token has no clinic_id")
    @APIResponse(responseCode = "404", description = "No such report in the caller's clinic", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "not found", value = PROBLEM_404)))
    public ReportViews.Detail get(@PathParam("id") String id) {
        ClinicScope scope = caller.clinic();
        UUID reportId = uuidOr404(id);
        return detail(scope, () -> reports.find(scope, reportId), id);
    }

    @GET
    @Path("/assessments/{assessmentId}/report")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLINICIAN, Roles.INTEGRATION})
    @Operation(summary = "The report of an assessment", description = "The same body as GET /reports/{id}; 404 until the event has been consumed.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportViews.Detail.class), examples = @ExampleObject(name = "ready", value = DETAIL_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Wrong role, or the token has no clinic_id")
    @APIResponse(responseCode = "404", description = "No report for this assessment in the caller's clinic (yet)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not found", value = PROBLEM_404)))
    public ReportViews.Detail byAssessment(@PathParam("assessmentId") String assessmentId) {
        ClinicScope scope = caller.clinic();
        UUID id = uuidOr404(assessmentId);
        return detail(scope, () -> reports.findByAssessment(scope, id), "assessment:" + assessmentId);
    }

    private ReportViews.Detail detail(ClinicScope scope, java.util.function.Supplier<Optional<ReportRow>> finder, String auditId) {
        // a miss returns null rather than throwing inside the transaction, so its audit entry is kept
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<ReportRow> row = finder.get();
            if (row.isEmpty()) {
                audit.record("READ", AuditTrail.REPORT, auditId, "NOT_FOUND", null);
                return null;
            }
            audit.record("READ", AuditTrail.REPORT, row.get().id().toString(), "SUCCESS", null);
            return ReportViews.Detail.of(row.get(), reports.documents(scope, row.get().id()));
        }) instanceof ReportViews.Detail d ? d : throwNotFound();
    }

    @GET
    @Path("/reports/{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.CLINICIAN, Roles.INTEGRATION})
    @Operation(summary = "Download the clinician report", description = "The current version, or an earlier archived one with `version`. "
            + "PDF/A-2a and PDF/UA-1. Audited. `ETag` is the SHA-256 of the bytes; `If-None-Match` answers 304.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "The caller's copy (If-None-Match) is current")
    @APIResponse(responseCode = "400", description = "version is not a positive number", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Wrong role, or the token has no clinic_id")
    @APIResponse(responseCode = "404", description = "No such report or version in the caller's clinic, or not rendered yet (see status)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not found", value = PROBLEM_404)))
    public Response pdf(@PathParam("id") String id,
            @Parameter(description = "An archived version; default the current one", example = "1") @QueryParam("version") Integer version,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ClinicScope scope = caller.clinic();
        UUID reportId = uuidOr404(id);
        if (version != null) {
            ApiParameters.range("version", version, 1, 10_000);
        }
        Response response = QuarkusTransaction.requiringNew().call(() -> {
            Optional<StoredDocument> document = reports.find(scope, reportId)
                    .flatMap(r -> reports.document(scope, reportId, version == null ? r.currentVersion() : version, DocumentKind.CLINICIAN, "en"));
            return download(id, document, ifNoneMatch, "DOWNLOAD_REPORT", "report-" + id);
        });
        return response != null ? response : throwNotFound();
    }

    @GET
    @Path("/reports/{id}/handout.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.CLINICIAN, Roles.INTEGRATION})
    @Operation(summary = "Download the patient handout", description = "The exercise plan in plain language, English or Spanish by "
            + "`Accept-Language` (default English). Rendered on first request for the current version, then archived. Audited; ETag and 304 as for the report.")
    @APIResponse(responseCode = "200", description = "The PDF; `Content-Language` says which language", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "The caller's copy (If-None-Match) is current")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Wrong role, or the token has no clinic_id")
    @APIResponse(responseCode = "404", description = "No such report in the caller's clinic, or not rendered yet",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not found", value = PROBLEM_404)))
    public Response handout(@PathParam("id") String id, @Context HttpHeaders headers,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ClinicScope scope = caller.clinic();
        UUID reportId = uuidOr404(id);
        String language = language(headers);
        Optional<ReportRow> report = reports.find(scope, reportId).filter(r -> r.currentVersion() > 0);
        // rendering (first request only) happens outside the audit transaction; the audit row and the read commit together
        Optional<StoredDocument> document = report.flatMap(r -> generation.handout(scope, r, language));
        Response response = QuarkusTransaction.requiringNew().call(() -> download(id, document, ifNoneMatch, "DOWNLOAD_HANDOUT",
                "handout-" + id + "-" + language));
        return response != null ? response : throwNotFound();
    }

    @POST
    @Path("/reports/{id}/regenerate")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLINICIAN, Roles.ADMIN})
    @Operation(summary = "Render a new version", description = "Renders the stored event again with the current template and catalogue as "
            + "version n+1; earlier versions stay archived and downloadable. A clinician may regenerate their clinic's reports; "
            + "admin (no clinic) may regenerate any report, e.g. after a template change, and gets only ids and status back.")
    @APIResponse(responseCode = "200", description = "The new version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportViews.Regenerated.class),
            examples = @ExampleObject(name = "version 2", value = "{\"reportId\":\"5f0c6f43-7c1e-4d3a-9f55-0d2b5cf7a001\",\"version\":2,\"status\":\"READY\"}")))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Wrong role, or a clinician token without clinic_id")
    @APIResponse(responseCode = "404", description = "No such report (in the caller's clinic)", content = @Content(mediaType = "application/problem+json"))
    public ReportViews.Regenerated regenerate(@PathParam("id") String id,
            @Parameter(description = "Why (kept with the version)", example = "template update") @QueryParam("reason") @DefaultValue("regenerated") String reason) {
        UUID reportId = uuidOr404(id);
        boolean admin = caller.isAdmin();
        Optional<ReportRow> report = admin ? reports.findAnyClinic(reportId) : reports.find(caller.clinic(), reportId);
        if (report.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> audit.record("REGENERATE", AuditTrail.REPORT, id, "NOT_FOUND", null));
            throw new NotFoundException("No report with this id");
        }
        String why = reason.length() > 200 ? reason.substring(0, 200) : reason;
        int version = generation.regenerate(reportId, why).orElse(0);
        ReportRow after = reports.findAnyClinic(reportId).orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> audit.record("REGENERATE", AuditTrail.REPORT, id,
                version > 0 ? "SUCCESS" : "FAILED", "version " + version));
        return new ReportViews.Regenerated(reportId, after.currentVersion(), after.status());
    }

    private Response download(String id, Optional<StoredDocument> document, String ifNoneMatch, String action, String fileName) {
        if (document.isEmpty()) {
            // returned, not thrown: an exception would roll the audit entry back
            audit.record(action, AuditTrail.REPORT, id, "NOT_FOUND", null);
            return null;
        }
        StoredDocument d = document.get();
        EntityTag tag = new EntityTag(d.sha256());
        String detail = "version " + d.version() + ", " + d.language();
        if (ifNoneMatch != null && matches(ifNoneMatch, d.sha256())) {
            audit.record(action, AuditTrail.REPORT, id, "NOT_MODIFIED", detail);
            return Response.notModified(tag).build();
        }
        audit.record(action, AuditTrail.REPORT, id, "SUCCESS", detail);
        return Response.ok(d.pdf(), "application/pdf")
                .tag(tag)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "-v" + d.version() + ".pdf\"")
                .header("Content-Language", d.language())
                .header("Cache-Control", "private, no-cache")
                .build();
    }

    private static boolean matches(String ifNoneMatch, String sha256) {
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.trim();
            if (t.equals("*") || t.equals("\"" + sha256 + "\"") || t.equals("W/\"" + sha256 + "\"")) {
                return true;
            }
        }
        return false;
    }

    static String language(HttpHeaders headers) {
        for (Locale locale : headers.getAcceptableLanguages()) {
            String lang = locale.getLanguage().toLowerCase(Locale.ROOT);
            if (HandoutComposer.LANGUAGES.contains(lang)) {
                return lang;
            }
        }
        return "en";
    }

    private static UUID uuidOr404(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No report with this id");
        }
    }

    private static <T> T throwNotFound() {
        throw new NotFoundException("No report with this id");
    }
}
