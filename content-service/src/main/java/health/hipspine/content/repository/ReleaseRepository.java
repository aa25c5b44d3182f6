package health.hipspine.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Optional;

/** The one row naming the imported release. */
@ApplicationScoped
public class ReleaseRepository implements PanacheRepositoryBase<ReleaseEntity, Short> {

    public Optional<String> current() {
        return findByIdOptional(ReleaseEntity.ONLY).map(r -> r.release);
    }

    /** Called under the import's advisory lock, so find-then-persist cannot race. */
    public void save(String release) {
        ReleaseEntity row = findByIdOptional(ReleaseEntity.ONLY).orElse(null);
        if (row == null) {
            row = new ReleaseEntity();
            row.id = ReleaseEntity.ONLY;
            row.release = release;
            row.importedAt = OffsetDateTime.now();
            persist(row);
        } else {
            row.release = release;
            row.importedAt = OffsetDateTime.now();
        }
    }
}
