package health.hipspine.assessment.cdshooks.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One CDS Hooks feedback item (V6__cds_feedback.sql). */
@Entity
@Table(name = "cds_feedback")
public class CdsFeedbackEntity {

    @Id
    public UUID id;

    @Column(name = "clinic_id", nullable = false)
    public String clinicId;

    @Column(nullable = false)
    public String ehr;

    @Column(name = "service_id", nullable = false)
    public String serviceId;

    @Column(name = "card_id", nullable = false)
    public String cardId;

    @Column(nullable = false)
    public String outcome;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "accepted_suggestions", nullable = false)
    public List<String> acceptedSuggestions;

    @Column(name = "override_reason_system")
    public String overrideReasonSystem;

    @Column(name = "override_reason_code")
    public String overrideReasonCode;

    @Column(name = "override_reason_display")
    public String overrideReasonDisplay;

    @Column(name = "outcome_at", nullable = false)
    public OffsetDateTime outcomeAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
