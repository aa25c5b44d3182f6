package health.hipspine.report.rest.fhir;

import health.hipspine.fhirkit.Canonicals;
import health.hipspine.fhirkit.CapabilityStatements;
import health.hipspine.fhirkit.FhirMedia;
import health.hipspine.fhirkit.SearchBundles;
import health.hipspine.kit.caller.Caller;
import health.hipspine.kit.caller.ClinicScope;
import health.hipspine.kit.caller.Roles;
import health.hipspine.kit.paging.Page;
import health.hipspine.kit.paging.PageRequest;
import health.hipspine.kit.problem.Problems;
import health.hipspine.report.fhir.ReportFhirMapping;
import health.hipspine.report.service.ReportFhirReads;
import health.hipspine.report.service.ReportFhirReads.FhirReport;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Resource;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The clinic's reports as FHIR R4 (DiagnosticReport) and their patient handouts (DocumentReference): read by id,
 * search by subject identifier. Same roles, clinic scope and audit as the JSON API; another clinic's report is
 * not found. Errors answer as OperationOutcome (fhir-kit).
 */
@Path("/fhir/r4")
@Authenticated
@Produces({FhirMedia.FHIR_JSON, FhirMedia.JSON})
@Tag(name = "FHIR R4", description = "HL7 FHIR R4 (application/fhir+json); every error is an OperationOutcome (docs/fhir.md)")
public class FhirReportResource {

    private static final String SUBJECT = "subject:identifier";
    private static final CapabilityStatement CAPABILITIES = CapabilityStatements.readOnlyServer("report-service", "1.0.0",
            "Bearer token (OAuth 2.0, Keycloak realm hipspine, audience hipspine-api, role clinician or integration, claim "
                    + "clinic_id) on every request except this CapabilityStatement, which is public like on most FHIR servers.",
            new Date(),
            List.of(new CapabilityStatements.Served("DiagnosticReport", List.of(SUBJECT),
                            "The clinician report; the PDF in presentedForm (url to the audited download, size, SHA-1)"),
                    new CapabilityStatements.Served("DocumentReference", List.of(SUBJECT),
                            "The patient handout of a report (same id as its DiagnosticReport)")));

    private final ReportFhirReads reads;
    private final Caller caller;

    public FhirReportResource(ReportFhirReads reads, Caller caller) {
        this.reads = reads;
        this.caller = caller;
    }

    @GET
    @Path("/metadata")
    @PermitAll
    // declared public in the contract (an empty requirement: no token needed), not the class's roles
    @SecurityRequirementsSet
    @Operation(operationId = "getFhirCapabilities", summary = "CapabilityStatement", description = "Public: what this FHIR endpoint serves.")
    @APIResponse(responseCode = "200", description = "The CapabilityStatement")
    public CapabilityStatement metadata() {
        return CAPABILITIES.copy();
    }

    @GET
    @Path("/DiagnosticReport/{id}")
    @RolesAllowed({Roles.CLINICIAN, Roles.INTEGRATION})
    @Operation(operationId = "readFhirDiagnosticReport", summary = "A report as DiagnosticReport", description = "Audited as a read of the report.")
    @APIResponse(responseCode = "200", description = "The DiagnosticReport")
    @APIResponse(responseCode = "401", description = "No valid token (OperationOutcome)")
    @APIResponse(responseCode = "403", description = "Wrong role, or no clinic_id (OperationOutcome)")
    @APIResponse(responseCode = "404", description = "No such report in the caller's clinic (OperationOutcome)")
    public DiagnosticReport diagnosticReport(@PathParam("id") String id, @Context UriInfo uri) {
        return read(id, r -> ReportFhirMapping.diagnosticReport(r.report(), r.documents(), r.reportSha1(), apiBase(uri)));
    }

    @GET
    @Path("/DocumentReference/{id}")
    @RolesAllowed({Roles.CLINICIAN, Roles.INTEGRATION})
    @Operation(operationId = "readFhirDocumentReference", summary = "A report's patient handout as DocumentReference", description = "Same id as the report. Audited as a read of the report.")
    @APIResponse(responseCode = "200", description = "The DocumentReference")
    @APIResponse(responseCode = "401", description = "No valid token (OperationOutcome)")
    @APIResponse(responseCode = "403", description = "Wrong role, or no clinic_id (OperationOutcome)")
    @APIResponse(responseCode = "404", description = "No such report in the caller's clinic, or none rendered yet (OperationOutcome)")
    public DocumentReference handout(@PathParam("id") String id, @Context UriInfo uri) {
        return read(id, r -> r.report().currentVersion == 0 ? null : ReportFhirMapping.handout(r.report(), r.documents(), apiBase(uri)));
    }

    @GET
    @Path("/DiagnosticReport")
    @RolesAllowed({Roles.CLINICIAN, Roles.INTEGRATION})
    @Operation(operationId = "searchFhirDiagnosticReports", summary = "Search the clinic's reports", description = "By `subject:identifier` = `" + Canonicals.PATIENT_REF
            + "|<patientRef>` (or the bare patientRef); newest encounter first. Audited as a list.")
    @APIResponse(responseCode = "200", description = "Bundle of type searchset")
    @APIResponse(responseCode = "400", description = "A malformed parameter (OperationOutcome)")
    public Bundle searchDiagnosticReports(
            @Parameter(description = "system|value of the patient reference", example = Canonicals.PATIENT_REF + "|PT-4711")
            @QueryParam(SUBJECT) String subject,
            @QueryParam("_count") @DefaultValue("20") @Min(value = 1, message = "must be between 1 and 100") @Max(value = 100, message = "must be between 1 and 100") int count,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
            @Context UriInfo uri) {
        return search(subject, count, page, uri,
                r -> ReportFhirMapping.diagnosticReport(r.report(), r.documents(), r.reportSha1(), apiBase(uri)));
    }

    @GET
    @Path("/DocumentReference")
    @RolesAllowed({Roles.CLINICIAN, Roles.INTEGRATION})
    @Operation(operationId = "searchFhirDocumentReferences", summary = "Search the clinic's patient handouts", description = "As DiagnosticReport search; reports without a rendered "
            + "version are left out of the page.")
    @APIResponse(responseCode = "200", description = "Bundle of type searchset")
    @APIResponse(responseCode = "400", description = "A malformed parameter (OperationOutcome)")
    public Bundle searchHandouts(
            @Parameter(description = "system|value of the patient reference", example = Canonicals.PATIENT_REF + "|PT-4711")
            @QueryParam(SUBJECT) String subject,
            @QueryParam("_count") @DefaultValue("20") @Min(value = 1, message = "must be between 1 and 100") @Max(value = 100, message = "must be between 1 and 100") int count,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
            @Context UriInfo uri) {
        return search(subject, count, page, uri,
                r -> r.report().currentVersion == 0 ? null : ReportFhirMapping.handout(r.report(), r.documents(), apiBase(uri)));
    }

    private <T extends Resource> T read(String id, Function<FhirReport, T> mapper) {
        ClinicScope scope = caller.requireClinic();
        return parse(id).flatMap(uuid -> reads.read(scope, uuid)).map(mapper).orElseThrow(FhirReportResource::notFound);
    }

    private Bundle search(String subject, int count, int page, UriInfo uri, Function<FhirReport, Resource> mapper) {
        ClinicScope scope = caller.requireClinic();
        String base = apiBase(uri) + "fhir/r4";
        Optional<String> patientRef = patientRef(subject);
        if (subject != null && patientRef.isEmpty()) {
            // another identifier system: nothing of ours can match
            return SearchBundles.searchset(base, uri.getRequestUri().toString(), List.of(), 0, null);
        }
        Page<FhirReport> found = reads.searchBySubject(scope, patientRef.orElse(null), PageRequest.of(page, count));
        List<Resource> resources = found.items().stream().map(mapper).filter(r -> r != null).toList();
        String next = found.hasNext()
                ? uri.getRequestUriBuilder().replaceQueryParam("page", page + 1).build().toString() : null;
        return SearchBundles.searchset(base, uri.getRequestUri().toString(), resources, found.total(), next);
    }

    /** {@code system|value} with our system, or a bare value; empty for another system. */
    static Optional<String> patientRef(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        int bar = token.indexOf('|');
        if (bar < 0) {
            return Optional.of(token);
        }
        String system = token.substring(0, bar);
        String value = token.substring(bar + 1);
        return (system.isEmpty() || system.equals(Canonicals.PATIENT_REF)) && !value.isEmpty() ? Optional.of(value) : Optional.empty();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String apiBase(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base : base + "/";
    }

    private static HttpProblem notFound() {
        return Problems.notFound("report with this id");
    }
}
