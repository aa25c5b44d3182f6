package health.hipspine.report.service;

import health.hipspine.report.config.ReportConfig;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;

import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The bounded pool on which API-triggered renders run (regeneration): rendering is CPU-bound and takes a database
 * connection, so a burst of requests queues here instead of occupying every HTTP worker thread. Sized like the
 * consumer's {@code report-renderers} pool ({@code REPORT_RENDER_CONCURRENCY}); the request context (caller, audit)
 * travels with the task (MicroProfile Context Propagation).
 */
@ApplicationScoped
public class RendererPool {

    private final ManagedExecutor executor;

    public RendererPool(ReportConfig config) {
        this.executor = ManagedExecutor.builder().maxAsync(config.render().concurrency()).maxQueued(config.render().queue()).build();
    }

    public <T> CompletionStage<T> submit(Supplier<T> task) {
        return executor.supplyAsync(task);
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdown();
    }
}
