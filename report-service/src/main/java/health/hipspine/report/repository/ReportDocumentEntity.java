package health.hipspine.report.repository;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** One archived PDF: append-only (a trigger refuses UPDATE and DELETE), so every column is insert-only. */
@Entity
@Table(name = "report_document")
public class ReportDocumentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    public UUID reportId;

    @Column(nullable = false, updatable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public DocumentKind kind;

    @Column(nullable = false, updatable = false)
    public String language;

    @Column(name = "template_version", nullable = false, updatable = false)
    public String templateVersion;

    @Column(name = "content_complete", nullable = false, updatable = false)
    public boolean contentComplete;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(nullable = false, updatable = false)
    public String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public int sizeBytes;

    /** Loaded only when the bytes are served (lists read the metadata alone). */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    public byte[] pdf;

    @Column(name = "generated_at", nullable = false, updatable = false)
    public Instant generatedAt;

    public static ReportDocumentEntity of(UUID reportId, int version, DocumentKind kind, String language, String templateVersion,
            boolean contentComplete, String reason, byte[] pdf, Instant generatedAt) {
        ReportDocumentEntity d = new ReportDocumentEntity();
        d.reportId = reportId;
        d.version = version;
        d.kind = kind;
        d.language = language;
        d.templateVersion = templateVersion;
        d.contentComplete = contentComplete;
        d.reason = reason;
        d.sha256 = sha256(pdf);
        d.sizeBytes = pdf.length;
        d.pdf = pdf;
        d.generatedAt = generatedAt;
        return d;
    }

    public StoredDocument toStored() {
        return new StoredDocument(version, kind, language, templateVersion, contentComplete, reason, sha256, sizeBytes, generatedAt, pdf);
    }

    /** The ETag of a download and the integrity check of an archive: SHA-256 of the bytes, lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
