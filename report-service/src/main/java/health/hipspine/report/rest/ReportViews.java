package health.hipspine.report.rest;

import health.hipspine.report.repository.DocumentKind;
import health.hipspine.kit.paging.Page;
import health.hipspine.report.repository.ReportEntity;
import health.hipspine.report.repository.ReportStatus;
import health.hipspine.report.repository.StoredDocument;
import health.hipspine.report.service.ReportGeneration;
import health.hipspine.report.service.ReportService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response bodies of the report API (never the stored entities themselves). */
public final class ReportViews {

    private ReportViews() {
    }

    @Schema(description = "A report in lists")
    public record Summary(UUID id, UUID assessmentId, String clinicId, String patientRef, LocalDate encounterDate,
            @Schema(enumeration = {"PENDING", "READY", "FAILED"}) ReportStatus status,
            @Schema(enumeration = {"EMERGENCY", "URGENT", "ROUTINE"}) String triageLevel, String topCategory,
            int currentVersion, Instant createdAt) {

        static Summary of(ReportEntity r) {
            return new Summary(r.id, r.assessmentId, r.clinicId, r.patientRef, r.encounterDate, r.status,
                    r.triageLevel, r.topCategory, r.currentVersion, r.createdAt);
        }
    }

    @Schema(description = "One archived document version")
    public record Version(int version, DocumentKind kind, String language, String templateVersion,
            @Schema(description = "false when catalogue texts were unavailable and the event's own data was printed")
            boolean contentComplete, String reason, String sha256, int sizeBytes, Instant generatedAt) {

        static Version of(StoredDocument d) {
            return new Version(d.version(), d.kind(), d.language(), d.templateVersion(), d.contentComplete(), d.reason(),
                    d.sha256(), d.sizeBytes(), d.generatedAt());
        }
    }

    @Schema(description = "A report with its status and every archived version")
    public record Detail(UUID id, UUID assessmentId, String clinicId, String patientRef, String clinician,
            LocalDate encounterDate, ReportStatus status,
            @Schema(nullable = true, description = "Why rendering failed; null unless FAILED") String failureReason, String triageLevel, String topCategory,
            int currentVersion, String modelVersion, String contentRelease, Instant createdAt, Instant updatedAt,
            List<Version> versions) {

        static Detail of(ReportService.Details details) {
            ReportEntity r = details.report();
            return new Detail(r.id, r.assessmentId, r.clinicId, r.patientRef, r.clinician, r.encounterDate,
                    r.status, r.failureReason, r.triageLevel, r.topCategory, r.currentVersion, r.modelVersion,
                    r.contentRelease, r.createdAt, r.updatedAt, details.versions().stream().map(Version::of).toList());
        }
    }

    static Page<Summary> page(Page<ReportEntity> found) {
        return new Page<>(found.items().stream().map(Summary::of).toList(), found.total(), found.page(), found.size());
    }

    /** For the OpenAPI schema only: the page envelope of summaries. */
    @Schema(description = "A page of reports")
    public record SummaryPage(List<Summary> items, long total, int page, int size) {
    }

    @Schema(description = "Result of a regeneration")
    public record Regenerated(UUID reportId, int version, ReportStatus status) {

        static Regenerated of(ReportGeneration.Regeneration r) {
            return new Regenerated(r.reportId(), r.version(), r.status());
        }
    }
}
