package health.hipspine.report.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One report as stored (without the event data and the PDFs). */
public record ReportRow(
        UUID id,
        UUID assessmentId,
        String clinicId,
        String patientRef,
        String clinician,
        LocalDate encounterDate,
        String triageLevel,
        String topCategory,
        ReportStatus status,
        String failureReason,
        int currentVersion,
        String modelVersion,
        String contentRelease,
        Instant createdAt,
        Instant updatedAt) {
}
