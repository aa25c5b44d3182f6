-- One report per assessment. The event that created it is kept verbatim so a report can be re-rendered
-- (new version) without asking the assessment service again.
CREATE TABLE report (
    id              uuid PRIMARY KEY,
    assessment_id   uuid        NOT NULL UNIQUE,
    clinic_id       text        NOT NULL,
    patient_ref     text        NOT NULL,
    clinician       text,
    encounter_date  date,
    triage_level    text,
    top_category    text,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'READY', 'FAILED')),
    failure_reason  text,
    current_version int         NOT NULL DEFAULT 0,
    event_id        text        NOT NULL,
    event_data      jsonb       NOT NULL,
    model_version   text,
    content_release text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
-- Every API read is scoped by clinic first.
CREATE INDEX report_clinic_patient ON report (clinic_id, patient_ref, encounter_date);
CREATE INDEX report_pending ON report (status, updated_at) WHERE status = 'PENDING';

-- Idempotent consumption: the CloudEvents id is written in the same transaction as the report row.
CREATE TABLE processed_event (
    event_id      text PRIMARY KEY,
    assessment_id uuid        NOT NULL,
    report_id     uuid        NOT NULL REFERENCES report (id),
    processed_at  timestamptz NOT NULL
);

-- Archival copies: a rendered PDF is never changed or deleted; regeneration adds a version.
CREATE TABLE report_document (
    id               bigserial PRIMARY KEY,
    report_id        uuid        NOT NULL REFERENCES report (id),
    version          int         NOT NULL,
    kind             text        NOT NULL CHECK (kind IN ('CLINICIAN', 'HANDOUT')),
    language         text        NOT NULL,
    template_version text        NOT NULL,
    content_complete boolean     NOT NULL,
    reason           text        NOT NULL,
    sha256           text        NOT NULL,
    size_bytes       int         NOT NULL,
    pdf              bytea       NOT NULL,
    generated_at     timestamptz NOT NULL,
    UNIQUE (report_id, version, kind, language)
);

-- Who read or downloaded what, when, with which outcome. Append-only.
CREATE TABLE audit_record (
    id            bigserial PRIMARY KEY,
    occurred_at   timestamptz NOT NULL,
    subject       text        NOT NULL,
    client_id     text,
    clinic_id     text,
    action        text        NOT NULL,
    resource_type text        NOT NULL,
    resource_id   text,
    outcome       text        NOT NULL,
    detail        text
);
CREATE INDEX audit_record_resource ON audit_record (resource_type, resource_id, occurred_at);
CREATE INDEX audit_record_subject ON audit_record (subject, occurred_at);

-- Re-drives of dead letters (the letters themselves live on the Kafka topic assessment-events.dlq).
CREATE TABLE dead_letter_redrive (
    id           bigserial PRIMARY KEY,
    dlq_partition int         NOT NULL,
    dlq_offset    bigint      NOT NULL,
    event_id      text,
    redriven_by   text        NOT NULL,
    redriven_at   timestamptz NOT NULL
);

CREATE FUNCTION forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION forbid_change();
CREATE TRIGGER report_document_append_only BEFORE UPDATE OR DELETE ON report_document
    FOR EACH ROW EXECUTE FUNCTION forbid_change();
CREATE TRIGGER dead_letter_redrive_append_only BEFORE UPDATE OR DELETE ON dead_letter_redrive
    FOR EACH ROW EXECUTE FUNCTION forbid_change();
