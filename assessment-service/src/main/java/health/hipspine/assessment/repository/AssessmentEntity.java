package health.hipspine.assessment.repository;

import health.hipspine.events.AssessmentResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One stored assessment: what was submitted, by whom, for which clinic, and what it scored. The
 * submission and the result are JSON documents; the columns every query filters on are real columns.
 * Immutable once stored.
 */
@Entity
@Table(name = "assessment")
public class AssessmentEntity {

    @Id
    public UUID id;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    public String clinicId;

    @Column(name = "patient_ref", nullable = false, updatable = false)
    public String patientRef;

    @Column(name = "encounter_date", nullable = false, updatable = false)
    public LocalDate encounterDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public ValidSubmission submission;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public AssessmentResult result;

    protected AssessmentEntity() {
    }

    public AssessmentEntity(UUID id, String clinicId, Instant createdAt, String createdBy, ValidSubmission submission,
            AssessmentResult result) {
        this.id = id;
        this.clinicId = clinicId;
        this.patientRef = submission.patientRef();
        this.encounterDate = submission.encounterDate();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.submission = submission;
        this.result = result;
    }
}
