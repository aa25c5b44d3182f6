package health.hipspine.report.service;

import health.hipspine.kit.caller.ClinicScope;
import health.hipspine.kit.paging.Page;
import health.hipspine.kit.paging.PageRequest;
import health.hipspine.report.repository.DocumentKind;
import health.hipspine.report.repository.ReportDocumentRepository;
import health.hipspine.report.repository.ReportEntity;
import health.hipspine.report.repository.StoredDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reports as the FHIR endpoints need them: the JSON API's audited read and list (same clinic scope, same audit
 * entries), plus the SHA-1 of the current clinician PDF, which FHIR's Attachment.hash requires and the archive
 * does not keep (it keeps SHA-256): computed from the stored bytes on each read.
 */
@ApplicationScoped
public class ReportFhirReads {

    /**
     * @param documents     metadata of every archived document (no bytes)
     * @param reportSha1    SHA-1 of the current clinician PDF; null while the report has none
     */
    public record FhirReport(ReportEntity report, List<StoredDocument> documents, byte[] reportSha1) {
    }

    private final ReportService reports;
    private final ReportDocumentRepository documents;

    public ReportFhirReads(ReportService reports, ReportDocumentRepository documents) {
        this.reports = reports;
        this.documents = documents;
    }

    @Transactional
    public Optional<FhirReport> read(ClinicScope scope, UUID reportId) {
        return reports.details(scope, reportId).map(d -> new FhirReport(d.report(), d.versions(), sha1(scope, d.report())));
    }

    /** The clinic's reports of one patient reference, newest encounter first; audited as the JSON list. */
    @Transactional
    public Page<FhirReport> searchBySubject(ClinicScope scope, String patientRef, PageRequest page) {
        return reports.list(scope, new ReportService.Filter(patientRef, null, null, null), page)
                .map(r -> new FhirReport(r, documents.metadataInClinic(scope, r.id), sha1(scope, r)));
    }

    private byte[] sha1(ClinicScope scope, ReportEntity report) {
        if (report.currentVersion == 0) {
            return null;
        }
        return documents.findInClinic(scope, report.id, report.currentVersion, DocumentKind.CLINICIAN, "en")
                .map(d -> sha1(d.pdf)).orElse(null);
    }

    /** SHA-1, the digest FHIR R4 Attachment.hash holds (sent base64). */
    public static byte[] sha1(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
