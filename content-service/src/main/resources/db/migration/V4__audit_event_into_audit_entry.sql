-- The content audit trail moves into the service kit's audit_entry (V3): every row of audit_event is copied
-- over in the kit's vocabulary, then audit_event goes. Mapping (common/service-kit/README.md):
--   action create/update/retire/import          -> CREATE/UPDATE/RETIRE/IMPORT
--   outcome success                              -> SUCCESS
--   outcome refused-NNN                          -> REFUSED, status NNN
--   import outcome created/updated               -> SUCCESS, detail {"change": "created"|"updated"}
--   import outcome conflict                      -> CONFLICT
--   subject content-import                       -> system:import (login import)
--   kind/code/version                            -> resource_type/resource_id/resource_version
-- The old free-text detail is kept as detail.note.
INSERT INTO audit_entry (occurred_at, actor_subject, actor_login, client_id, clinic_id, action, resource_type,
                         resource_id, resource_version, outcome, status, detail)
SELECT e.occurred_at,
       CASE WHEN e.subject = 'content-import' THEN 'system:import' ELSE e.subject END,
       CASE WHEN e.subject = 'content-import' THEN 'import' ELSE e.subject END,
       e.client_id,
       NULL,
       upper(e.action),
       e.kind,
       e.code,
       e.version,
       CASE
           WHEN e.outcome IN ('success', 'created', 'updated') THEN 'SUCCESS'
           WHEN e.outcome = 'conflict' THEN 'CONFLICT'
           ELSE 'REFUSED'
       END,
       CASE WHEN e.outcome LIKE 'refused-%' THEN substring(e.outcome FROM 9)::integer END,
       CASE
           WHEN e.outcome IN ('created', 'updated')
               THEN jsonb_strip_nulls(jsonb_build_object('change', e.outcome, 'note', e.detail))
           ELSE jsonb_strip_nulls(jsonb_build_object('note', e.detail))
       END
FROM audit_event e
ORDER BY e.id;

DROP TABLE audit_event;
DROP FUNCTION audit_event_is_append_only();
