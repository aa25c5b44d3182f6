-- Assessments: the submission and the result as JSONB; the columns every query filters on are
-- real columns. clinic_id is in every index because every query is scoped to one clinic.
CREATE TABLE assessment (
    id             uuid        PRIMARY KEY,
    clinic_id      text        NOT NULL,
    patient_ref    text        NOT NULL,
    encounter_date date        NOT NULL,
    created_at     timestamptz NOT NULL,
    created_by     text        NOT NULL,
    submission     jsonb       NOT NULL,
    result         jsonb       NOT NULL
);
CREATE INDEX assessment_patient_history ON assessment (clinic_id, patient_ref, encounter_date DESC, created_at DESC);
CREATE INDEX assessment_clinic_created ON assessment (clinic_id, created_at DESC);

-- Transactional outbox: written in the same transaction as the assessment; the relay publishes
-- unsent rows in seq order and sets sent_at only after the broker acknowledged.
CREATE TABLE outbox_event (
    seq          bigserial   PRIMARY KEY,
    id           uuid        NOT NULL UNIQUE,  -- the CloudEvents id: consumers de-duplicate on it
    aggregate_id uuid        NOT NULL,         -- assessment id: the Kafka key and the CloudEvents subject
    clinic_id    text        NOT NULL,
    event_type   text        NOT NULL,
    payload      jsonb       NOT NULL,
    created_at   timestamptz NOT NULL,
    sent_at      timestamptz,
    attempts     integer     NOT NULL DEFAULT 0,
    last_error   text
);
CREATE INDEX outbox_event_unsent ON outbox_event (seq) WHERE sent_at IS NULL;

-- Idempotency keys, scoped per clinic: the same key from two clinics never collides.
CREATE TABLE idempotency_key (
    clinic_id       text        NOT NULL,
    idempotency_key text        NOT NULL,
    request_sha256  text        NOT NULL,
    assessment_id   uuid        NOT NULL REFERENCES assessment (id) DEFERRABLE INITIALLY DEFERRED,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (clinic_id, idempotency_key)
);

-- Audit trail: append-only. Who (subject, client), what (action), which resource, when, outcome.
CREATE TABLE audit_record (
    id            bigserial   PRIMARY KEY,
    occurred_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    subject       text        NOT NULL,
    client_id     text,
    clinic_id     text,
    action        text        NOT NULL,
    resource_type text        NOT NULL,
    resource_id   text,
    outcome       text        NOT NULL
);
CREATE INDEX audit_record_time ON audit_record (occurred_at DESC);
CREATE INDEX audit_record_resource ON audit_record (resource_type, resource_id);

CREATE FUNCTION audit_record_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_record is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_record_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_is_append_only();
