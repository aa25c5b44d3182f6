-- Dead letters indexed when written (the indexer reads assessment-events.dlq as its own consumer group), so
-- the admin list pages from here and a re-drive reads one record by its offset instead of the whole topic.
-- The payload stays on the topic (it may hold patient data); this row holds the headers only.
CREATE TABLE dead_letter (
    id                 text PRIMARY KEY,          -- partition-offset on the dead-letter topic
    dlq_partition      int         NOT NULL,
    dlq_offset         bigint      NOT NULL,
    event_id           text,
    event_type         text,
    assessment_id      text,
    clinic_id          text,
    reason             text,
    cause              text,
    original_topic     text,
    original_partition text,
    original_offset    text,
    dead_lettered_at   timestamptz NOT NULL,
    indexed_at         timestamptz NOT NULL,
    status             text        NOT NULL CHECK (status IN ('DEAD', 'REDRIVEN')),
    redriven_at        timestamptz,
    redriven_by        text
);
CREATE INDEX dead_letter_newest ON dead_letter (dead_lettered_at DESC, id);
CREATE INDEX dead_letter_status ON dead_letter (status, dead_lettered_at DESC);

