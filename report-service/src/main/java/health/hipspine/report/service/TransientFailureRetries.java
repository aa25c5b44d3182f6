package health.hipspine.report.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.BeforeRetryHandler;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;

/**
 * Before each retry of an event that failed for a transient reason (database down, broker hiccup): a WARN line
 * and the counter {@code report.events.retries}, so a consumer waiting out an outage is visible rather than
 * silent. Names the exception class only: messages may quote event data.
 */
@ApplicationScoped
public class TransientFailureRetries implements BeforeRetryHandler {

    private final MeterRegistry registry;

    public TransientFailureRetries(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handle(ExecutionContext context) {
        Throwable failure = context.getFailure();
        String method = context.getMethod().getDeclaringClass().getSimpleName() + "." + context.getMethod().getName();
        registry.counter("report.events.retries", "method", method).increment();
        Log.warnf("%s failed (%s); retrying, offset not committed", method, failure == null ? "?" : rootClass(failure));
    }

    private static String rootClass(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == failure ? failure.getClass().getName() : failure.getClass().getName() + " <- " + t.getClass().getName();
    }
}
