package health.hipspine.assessment.outbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.Map;

/**
 * A W3C trace context ({@code traceparent}, {@code tracestate}) as text: what the outbox row keeps of the request
 * that accepted the assessment, because the relay publishes it later on its own thread where that request's
 * context is long gone. Both are null when tracing is off (the SDK disabled: no current span).
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    /** The context of the current span (the POST's server span while a request is handled). */
    public static TraceContext current() {
        return of(Context.current());
    }

    static TraceContext of(Context context) {
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, (map, key, value) -> map.put(key, value));
        return new TraceContext(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    /** The stored context as a parent for a new span; the root context (a new trace) when none was stored. */
    Context asParent() {
        if (traceparent == null) {
            return Context.root();
        }
        Map<String, String> carrier = new HashMap<>();
        carrier.put(TRACEPARENT, traceparent);
        if (tracestate != null) {
            carrier.put(TRACESTATE, tracestate);
        }
        return W3C.extract(Context.root(), carrier, MAP);
    }
}
