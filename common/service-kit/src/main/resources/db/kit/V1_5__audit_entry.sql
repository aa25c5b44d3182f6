-- The service kit's audit table (health.hipspine.kit.audit.AuditEntry), one migration for all three services:
-- each runs it from the kit jar into its own database (quarkus.flyway.locations=db/migration,db/kit), as
-- version 1.5, after the service's V1. Hibernate validates against it; Flyway stays the owner.
--
-- Append-only: who (subject, login, OAuth client, clinic), what (action on resource type/id/version),
-- when, how it ended (outcome, HTTP status) and a small JSON detail. No patient data in detail.
CREATE TABLE audit_entry (
    id               bigserial   PRIMARY KEY,
    occurred_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_subject    text        NOT NULL,
    actor_login      text        NOT NULL,
    client_id        text,
    clinic_id        text,
    action           text        NOT NULL CHECK (action IN
                         ('CREATE', 'READ', 'LIST', 'UPDATE', 'RETIRE', 'IMPORT', 'DOWNLOAD', 'REGENERATE', 'REDRIVE')),
    resource_type    text        NOT NULL,
    resource_id      text,
    resource_version integer,
    outcome          text        NOT NULL CHECK (outcome IN
                         ('SUCCESS', 'REPLAYED', 'NOT_MODIFIED', 'NOT_FOUND', 'REFUSED', 'DENIED', 'CONFLICT')),
    status           integer     CHECK (status BETWEEN 100 AND 599),
    detail           jsonb
);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at DESC);
CREATE INDEX audit_entry_resource ON audit_entry (resource_type, resource_id, id);
CREATE INDEX audit_entry_actor ON audit_entry (actor_subject, id);
CREATE INDEX audit_entry_clinic ON audit_entry (clinic_id, id) WHERE clinic_id IS NOT NULL;

-- Append-only, whoever asks: UPDATE and DELETE (row triggers) and TRUNCATE (a statement trigger) are refused.
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only (% refused)', TG_OP;
END;
$$;
CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
