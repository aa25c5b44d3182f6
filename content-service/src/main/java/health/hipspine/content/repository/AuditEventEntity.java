package health.hipspine.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One row of the append-only audit trail (the table refuses UPDATE and DELETE). */
@Entity
@Table(name = "audit_event")
public class AuditEventEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    public String subject;
    @Column(name = "client_id")
    public String clientId;
    public String action;
    public String kind;
    public String code;
    public Integer version;
    public String outcome;
    public String detail;
}
