package health.hipspine.report.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One report per assessment. The event it was made from is kept verbatim ({@code event_data}, a JSON
 * document) so any version can be re-rendered without the assessment service. Never serialized onto the wire.
 */
@Entity
@Table(name = "report")
public class ReportEntity {

    @Id
    public UUID id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    public UUID assessmentId;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    public String clinicId;

    @Column(name = "patient_ref", nullable = false, updatable = false)
    public String patientRef;

    public String clinician;

    @Column(name = "encounter_date")
    public LocalDate encounterDate;

    @Column(name = "triage_level")
    public String triageLevel;

    @Column(name = "top_category")
    public String topCategory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "event_id", nullable = false, updatable = false)
    public String eventId;

    /** The CloudEvent's data exactly as it arrived (the service parses it with its lenient object mapper). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "event_data", nullable = false, updatable = false)
    public String eventData;

    @Column(name = "model_version")
    public String modelVersion;

    @Column(name = "content_release")
    public String contentRelease;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A version was stored: the report is READY at that version (an earlier failure is forgotten). */
    public void ready(int version, Instant now) {
        status = ReportStatus.READY;
        failureReason = null;
        currentVersion = version;
        updatedAt = now;
    }

    /** Only a report without any document becomes FAILED; an existing version stays downloadable. */
    public void failed(String reason, Instant now) {
        if (currentVersion == 0) {
            status = ReportStatus.FAILED;
        }
        failureReason = reason;
        updatedAt = now;
    }
}
