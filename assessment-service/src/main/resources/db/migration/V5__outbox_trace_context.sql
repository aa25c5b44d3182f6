-- The W3C trace context (traceparent, tracestate) of the request that accepted the assessment, stored with its
-- outbox row so the relay, running later on its own thread, continues that trace when it publishes the event.
-- NULL when tracing was off: the event is then published without trace headers.
ALTER TABLE outbox_event
    ADD COLUMN traceparent text,
    ADD COLUMN tracestate  text;
