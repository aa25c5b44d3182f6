package health.hipspine.report.repository;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** One archived PDF: append-only (a trigger refuses UPDATE and DELETE), so every column is insert-only. */
@Entity
@Immutable
@Table(name = "report_document")
public class ReportDocumentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID reportId;
    public int version;
    @Enumerated(EnumType.STRING)
    public DocumentKind kind;
    public String language;
    public String templateVersion;
    public boolean contentComplete;
    public String reason;
    public String sha256;
    public int sizeBytes;

    /** Loaded only when the bytes are served (lists read the metadata alone). */
    @Basic(fetch = FetchType.LAZY)
    public byte[] pdf;
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
