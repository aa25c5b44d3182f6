-- CDS Hooks feedback (https://cds-hooks.hl7.org/2.0/#feedback): what a clinician did with one of our cards, one row per
-- feedback item, under the clinic configured for the EHR that sent it. The override reason is kept as its coding only:
-- a userComment is free text that may identify the patient, so it is not stored.
CREATE TABLE cds_feedback (
    id                      uuid        PRIMARY KEY,
    clinic_id               text        NOT NULL,
    ehr                     text        NOT NULL,
    service_id              text        NOT NULL,
    card_id                 text        NOT NULL,
    outcome                 text        NOT NULL CHECK (outcome IN ('accepted', 'overridden')),
    accepted_suggestions    text[]      NOT NULL,
    override_reason_system  text,
    override_reason_code    text,
    override_reason_display text,
    outcome_at              timestamptz NOT NULL,
    received_at             timestamptz NOT NULL
);
CREATE INDEX cds_feedback_clinic_card ON cds_feedback (clinic_id, card_id);
