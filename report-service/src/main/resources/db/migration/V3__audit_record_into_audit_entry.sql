-- The report service's audit rows before the service kit (audit_record) move into the kit's table
-- (audit_entry, V2) in their original order, so they stay readable through GET /api/v1/admin/audit.
-- Vocabulary: DOWNLOAD_REPORT / DOWNLOAD_HANDOUT become DOWNLOAD of resource type report / handout;
-- FAILED (a regeneration whose rendering failed; the request itself was answered) becomes SUCCESS with
-- {"rendered": false}. The login was not recorded then: the subject stands in for it. The old free-text
-- detail is kept as {"text": ...}.
INSERT INTO audit_entry (occurred_at, actor_subject, actor_login, client_id, clinic_id, action, resource_type,
                         resource_id, outcome, detail)
SELECT occurred_at,
       subject,
       subject,
       client_id,
       clinic_id,
       CASE WHEN action IN ('DOWNLOAD_REPORT', 'DOWNLOAD_HANDOUT') THEN 'DOWNLOAD' ELSE action END,
       CASE WHEN action = 'DOWNLOAD_HANDOUT' THEN 'handout' ELSE resource_type END,
       resource_id,
       CASE WHEN outcome = 'FAILED' THEN 'SUCCESS' ELSE outcome END,
       CASE
           WHEN outcome = 'FAILED' THEN jsonb_build_object('rendered', false, 'text', detail)
           WHEN detail IS NOT NULL THEN jsonb_build_object('text', detail)
       END
FROM audit_record
ORDER BY id;

-- audit_record refuses UPDATE and DELETE by trigger; the table itself goes now that its rows are copied.
DROP TABLE audit_record;
