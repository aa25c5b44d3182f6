package health.hipspine.assessment.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One audit record: who (subject, client), what (action), which resource, when, outcome. The table is
 * append-only (a trigger refuses UPDATE, DELETE and TRUNCATE); the database stamps the time.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", insertable = false, updatable = false)
    public Instant occurredAt;

    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(name = "client_id", updatable = false)
    public String clientId;

    @Column(name = "clinic_id", updatable = false)
    public String clinicId;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "resource_type", nullable = false, updatable = false)
    public String resourceType;

    @Column(name = "resource_id", updatable = false)
    public String resourceId;

    @Column(nullable = false, updatable = false)
    public String outcome;

    protected AuditRecordEntity() {
    }

    public AuditRecordEntity(String subject, String clientId, String clinicId, String action, String resourceType,
            String resourceId, String outcome) {
        this.subject = subject;
        this.clientId = clientId;
        this.clinicId = clinicId;
        this.action = action;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.outcome = outcome;
    }
}
