package health.hipspine.report.service;

import health.hipspine.kit.audit.AuditAction;
import health.hipspine.kit.audit.AuditEvent;
import health.hipspine.kit.audit.AuditOutcome;
import health.hipspine.kit.audit.AuditTrail;
import health.hipspine.kit.caller.ClinicScope;
import health.hipspine.kit.http.EntityTags;
import health.hipspine.kit.paging.Page;
import health.hipspine.kit.paging.PageRequest;
import health.hipspine.report.repository.DocumentKind;
import health.hipspine.report.repository.ReportDocumentEntity;
import health.hipspine.report.repository.ReportDocumentRepository;
import health.hipspine.report.repository.ReportEntity;
import health.hipspine.report.repository.ReportRepository;
import health.hipspine.report.repository.StoredDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a clinician or EHR client does with the clinic's reports: list, read, download. Each use case is one
 * transaction with its audit entry; a miss is returned (not thrown) so its audit entry commits too.
 */
@ApplicationScoped
public class ReportService {

    /** Resource types in the audit trail. */
    public static final String REPORT = "report";
    public static final String HANDOUT = "handout";

    public record Filter(String patientRef, LocalDate from, LocalDate to, UUID assessmentId) {
    }

    /** A report with the metadata of every archived document. */
    public record Details(ReportEntity report, List<StoredDocument> versions) {
    }

    private final ReportRepository reports;
    private final ReportDocumentRepository documents;
    private final AuditTrail audit;

    public ReportService(ReportRepository reports, ReportDocumentRepository documents, AuditTrail audit) {
        this.reports = reports;
        this.documents = documents;
        this.audit = audit;
    }

    @Transactional
    public Page<ReportEntity> list(ClinicScope scope, Filter filter, PageRequest page) {
        Page<ReportEntity> result;
        if (filter.assessmentId() != null) {
            Optional<ReportEntity> one = reports.findByAssessmentInClinic(scope, filter.assessmentId())
                    .filter(r -> filter.patientRef() == null || filter.patientRef().equals(r.patientRef));
            result = Page.of(one.stream().toList(), one.isPresent() ? 1 : 0, page);
        } else {
            result = reports.searchInClinic(scope, filter.patientRef(), filter.from(), filter.to(), page);
        }
        // ints, not longs: the kit's JSON detail reads numbers back as Integer, and a Long would look changed
        // to Hibernate's dirty check, which would then try to UPDATE the append-only row
        audit.record(AuditEvent.of(AuditAction.LIST, REPORT, null, AuditOutcome.SUCCESS)
                .withDetail(Map.of("returned", result.items().size(), "total", (int) Math.min(result.total(), Integer.MAX_VALUE))));
        return result;
    }

    @Transactional
    public Optional<Details> details(ClinicScope scope, UUID reportId) {
        return audited(scope, reports.findInClinic(scope, reportId), reportId.toString());
    }

    @Transactional
    public Optional<Details> detailsByAssessment(ClinicScope scope, UUID assessmentId) {
        return audited(scope, reports.findByAssessmentInClinic(scope, assessmentId), "assessment:" + assessmentId);
    }

    private Optional<Details> audited(ClinicScope scope, Optional<ReportEntity> report, String missId) {
        if (report.isEmpty()) {
            audit.record(AuditEvent.of(AuditAction.READ, REPORT, missId, AuditOutcome.NOT_FOUND).withStatus(404));
            return Optional.empty();
        }
        ReportEntity r = report.get();
        audit.record(AuditEvent.of(AuditAction.READ, REPORT, r.id.toString(), AuditOutcome.SUCCESS).withVersion(r.currentVersion));
        return Optional.of(new Details(r, documents.metadataInClinic(scope, r.id)));
    }

    /** The report's current version, 0 while it has none (or when the clinic has no such report). */
    @Transactional
    public int currentVersion(ClinicScope scope, UUID reportId) {
        return reports.findInClinic(scope, reportId).map(r -> r.currentVersion).orElse(0);
    }

    /**
     * A document of the caller's clinic, audited as a DOWNLOAD of a report or a handout with its outcome.
     * {@code version} null means the current one.
     */
    @Transactional
    public Download download(ClinicScope scope, UUID reportId, Integer version, DocumentKind kind, String language, String ifNoneMatch) {
        Optional<ReportDocumentEntity> found = reports.findInClinic(scope, reportId)
                .flatMap(r -> documents.findInClinic(scope, reportId, version == null ? r.currentVersion : version, kind, language));
        String type = kind == DocumentKind.HANDOUT ? HANDOUT : REPORT;
        if (found.isEmpty()) {
            audit.record(AuditEvent.of(AuditAction.DOWNLOAD, type, reportId.toString(), AuditOutcome.NOT_FOUND)
                    .withVersion(version).withStatus(404));
            return new Download.NotFound();
        }
        ReportDocumentEntity d = found.get();
        boolean current = EntityTags.noneMatchHits(ifNoneMatch, '"' + d.sha256 + '"');
        audit.record(AuditEvent.of(AuditAction.DOWNLOAD, type, reportId.toString(), current ? AuditOutcome.NOT_MODIFIED : AuditOutcome.SUCCESS)
                .withVersion(d.version).withStatus(current ? 304 : 200).withDetail(Map.of("language", d.language)));
        return current ? new Download.NotModified(d.sha256) : new Download.Found(d.toStored());
    }
}
