package health.hipspine.report.service;

import health.hipspine.report.config.ReportConfig;
import health.hipspine.report.repository.ProcessedEventRepository;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;

/**
 * Consumed event ids expire after {@code report.processed-events.retention} (default 14 days, twice Kafka's
 * default log retention): a redelivery can only come from the log, so older ids guard nothing, and the table
 * would otherwise grow with every event. Pruning never allows a second report: the report's unique assessment id
 * refuses it (ReportArchive#recordIfNew).
 */
@ApplicationScoped
public class ProcessedEventRetention {

    private final ProcessedEventRepository processed;
    private final Duration retention;

    public ProcessedEventRetention(ProcessedEventRepository processed, ReportConfig config) {
        this.processed = processed;
        this.retention = config.processedEvents().retention();
    }

    @Scheduled(every = "${report.processed-events.prune-every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        prune();
    }

    /** Deletes expired ids now; the number deleted. */
    @Transactional
    public int prune() {
        int deleted = (int) processed.deleteProcessedBefore(Instant.now().minus(retention));
        if (deleted > 0) {
            Log.infof("pruned %d processed event ids older than %s", deleted, retention);
        }
        return deleted;
    }
}
