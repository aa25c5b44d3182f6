package health.hipspine.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The release of the content files last imported (one row, id 1). */
@Entity
@Table(name = "content_release")
public class ReleaseEntity extends PanacheEntityBase {

    public static final short ONLY = 1;

    @Id
    public Short id;
    public String release;
    @Column(name = "imported_at")
    public OffsetDateTime importedAt;
}
