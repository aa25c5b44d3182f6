package health.hipspine.report.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One audit entry (append-only table): who (subject, OAuth client, clinic) did what to which resource, when, how it ended. */
@Entity
@Table(name = "audit_record")
public class AuditRecordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
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

    @Column(updatable = false)
    public String detail;
}
