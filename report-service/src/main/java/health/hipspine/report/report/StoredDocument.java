package health.hipspine.report.report;

import java.time.Instant;

/** One archived PDF (pdf is null when only the metadata was loaded). */
public record StoredDocument(
        int version,
        DocumentKind kind,
        String language,
        String templateVersion,
        boolean contentComplete,
        String reason,
        String sha256,
        int sizeBytes,
        Instant generatedAt,
        byte[] pdf) {
}
