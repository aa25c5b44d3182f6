package health.hipspine.report.repository;

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

    /** Metadata only (a JPQL projection: lists never load the bytes). */
    public StoredDocument(int version, DocumentKind kind, String language, String templateVersion, boolean contentComplete,
            String reason, String sha256, int sizeBytes, Instant generatedAt) {
        this(version, kind, language, templateVersion, contentComplete, reason, sha256, sizeBytes, generatedAt, null);
    }
}
