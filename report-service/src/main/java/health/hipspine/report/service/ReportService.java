package health.hipspine.report.service;

import health.hipspine.report.repository.DocumentKind;
import health.hipspine.report.repository.Paged;
import health.hipspine.report.repository.ReportDocumentEntity;
import health.hipspine.report.repository.ReportDocumentRepository;
import health.hipspine.report.repository.ReportEntity;
import health.hipspine.report.repository.ReportRepository;
import health.hipspine.report.repository.StoredDocument;
import health.hipspine.report.security.ClinicScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a clinician or EHR client does with the clinic's reports: list, read, download. Each use case is one
 * transaction with its audit entry; a miss is returned (not thrown) so its audit entry commits too.
 */
@ApplicationScoped
public class ReportService {

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
    public Paged<ReportEntity> list(ClinicScope scope, Filter filter, int page, int size) {
        Paged<ReportEntity> result;
        if (filter.assessmentId() != null) {
            Optional<ReportEntity> one = reports.findByAssessmentInClinic(scope, filter.assessmentId())
                    .filter(r -> filter.patientRef() == null || filter.patientRef().equals(r.patientRef));
            result = new Paged<>(one.stream().toList(), one.isPresent() ? 1 : 0);
        } else {
            result = reports.searchInClinic(scope, filter.patientRef(), filter.from(), filter.to(), page, size);
        }
        audit.record("LIST", AuditTrail.REPORT, null, "SUCCESS", result.items().size() + " of " + result.total());
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
            audit.record("READ", AuditTrail.REPORT, missId, "NOT_FOUND", null);
            return Optional.empty();
        }
        ReportEntity r = report.get();
        audit.record("READ", AuditTrail.REPORT, r.id.toString(), "SUCCESS", null);
        return Optional.of(new Details(r, documents.metadataInClinic(scope, r.id)));
    }

    /** The report's current version, 0 while it has none (or when the clinic has no such report). */
    @Transactional
    public int currentVersion(ClinicScope scope, UUID reportId) {
        return reports.findInClinic(scope, reportId).map(r -> r.currentVersion).orElse(0);
    }

    /**
     * A document of the caller's clinic, audited as {@code action} with its outcome. {@code version} null means
     * the current one.
     */
    @Transactional
    public Download download(ClinicScope scope, UUID reportId, Integer version, DocumentKind kind, String language,
            String ifNoneMatch, String action) {
        Optional<ReportDocumentEntity> found = reports.findInClinic(scope, reportId)
                .flatMap(r -> documents.findInClinic(scope, reportId, version == null ? r.currentVersion : version, kind, language));
        String id = reportId.toString();
        if (found.isEmpty()) {
            audit.record(action, AuditTrail.REPORT, id, "NOT_FOUND", null);
            return new Download.NotFound();
        }
        ReportDocumentEntity d = found.get();
        String detail = "version " + d.version + ", " + d.language;
        if (ETags.matches(ifNoneMatch, d.sha256)) {
            audit.record(action, AuditTrail.REPORT, id, "NOT_MODIFIED", detail);
            return new Download.NotModified(d.sha256);
        }
        audit.record(action, AuditTrail.REPORT, id, "SUCCESS", detail);
        return new Download.Found(d.toStored());
    }
}
