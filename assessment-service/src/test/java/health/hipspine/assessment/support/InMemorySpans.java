package health.hipspine.assessment.support;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Every finished span of the test application, kept in memory (OpenTelemetry SDK testing). Quarkus exports to any
 * SpanExporter bean it finds, and with one present it installs no OTLP exporter: tests never talk to a collector.
 */
public class InMemorySpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
