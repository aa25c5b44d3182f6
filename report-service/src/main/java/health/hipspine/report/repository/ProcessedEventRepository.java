package health.hipspine.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Consumed event ids (the consumer writes them through the entity manager with their report). */
@ApplicationScoped
public class ProcessedEventRepository implements PanacheRepositoryBase<ProcessedEventEntity, String> {

    /** Deletes ids consumed before {@code before}; the number deleted. */
    public long deleteProcessedBefore(Instant before) {
        return delete("processedAt < ?1", before);
    }
}
