-- The clinical catalogue. Each record is one bilingual JSON document (the same shape as the files under
-- resources/content/), so adding a field to the content needs no schema change. Filters read the
-- document with JSONB operators; search reads a tsvector built from every text in both languages.
CREATE TABLE content_record (
    kind        TEXT        NOT NULL CHECK (kind IN ('condition', 'exercise', 'education')),
    code        TEXT        NOT NULL,
    version     INTEGER     NOT NULL CHECK (version >= 1),
    retired     BOOLEAN     NOT NULL DEFAULT FALSE,
    -- 'file' while the record is what the release files say; 'editor' once an editor has changed it,
    -- so a later file import never silently overwrites an editor's work.
    origin      TEXT        NOT NULL CHECK (origin IN ('file', 'editor')),
    document    JSONB       NOT NULL,
    search      TSVECTOR    NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by  TEXT        NOT NULL,
    PRIMARY KEY (kind, code)
);

CREATE INDEX content_record_search_idx ON content_record USING GIN (search);
CREATE INDEX content_record_document_idx ON content_record USING GIN (document jsonb_path_ops);

-- The release of the content files last imported (one row).
CREATE TABLE content_release (
    id          SMALLINT    PRIMARY KEY CHECK (id = 1),
    release     TEXT        NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Append-only audit trail of content changes: who (subject, client), what, which record, when, outcome.
CREATE TABLE audit_event (
    id          BIGSERIAL   PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    subject     TEXT        NOT NULL,
    client_id   TEXT,
    action      TEXT        NOT NULL,
    kind        TEXT        NOT NULL,
    code        TEXT        NOT NULL,
    version     INTEGER,
    outcome     TEXT        NOT NULL,
    detail      TEXT
);
CREATE INDEX audit_event_record_idx ON audit_event (kind, code, id);

-- Append-only: the table refuses UPDATE and DELETE, whoever asks.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
