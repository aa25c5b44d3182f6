-- The relay no longer holds a transaction across Kafka I/O: it leases rows in a short transaction
-- (lease_owner, leased_until), sends outside any transaction and marks them in another. A row whose
-- lease expired (its relay crashed between send and mark) is claimed again: at-least-once, and the
-- consumer de-duplicates on the event id.
-- status: PENDING (to send), SENT (acknowledged by the broker), PARKED (failed permanently
-- assessment.outbox.relay.max-failures times; an admin releases it back to PENDING).
ALTER TABLE outbox_event
    ADD COLUMN status       text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'PARKED')),
    ADD COLUMN failures     integer     NOT NULL DEFAULT 0,
    ADD COLUMN lease_owner  text,
    ADD COLUMN leased_until timestamptz,
    ADD COLUMN parked_at    timestamptz;
UPDATE outbox_event SET status = 'SENT' WHERE sent_at IS NOT NULL;

DROP INDEX outbox_event_unsent;
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE status = 'PENDING';
CREATE INDEX outbox_event_parked ON outbox_event (seq) WHERE status = 'PARKED';
-- retention deletes sent rows by age
CREATE INDEX outbox_event_sent_at ON outbox_event (sent_at) WHERE status = 'SENT';
-- retention deletes idempotency keys by age
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
