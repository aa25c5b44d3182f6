package health.hipspine.kit.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One row of the service's append-only audit table ({@code audit_entry}, created by the service's own
 * Flyway migration from {@code db/kit/V1_5__audit_entry.sql}; a trigger refuses UPDATE and DELETE).
 * Never serialized onto the wire: {@link AuditRecord} is the wire shape.
 */
@Entity
@Immutable // append-only: a JSON detail read back as another number type must never look dirty and be UPDATEd
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_login", nullable = false)
    public String actorLogin;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "clinic_id")
    public String clinicId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    public AuditAction action;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_id")
    public String resourceId;

    @Column(name = "resource_version")
    public Integer resourceVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    public AuditOutcome outcome;

    /** The HTTP status answered, when there was a request. */
    @Column(name = "status")
    public Integer status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "detail")
    public Map<String, Object> detail;
}
