-- The audit trail moves to the service kit's table (V2). Every earlier record is copied over in its order,
-- with the kit's vocabulary: REJECTED becomes REFUSED (its HTTP status, 400 or 422, was not recorded),
-- DENIED keeps its name and gets 403. The old records had no login name: the subject stands in for it.
INSERT INTO audit_entry (occurred_at, actor_subject, actor_login, client_id, clinic_id, action, resource_type, resource_id,
                         outcome, status)
SELECT occurred_at, subject, subject, client_id, clinic_id, action, resource_type, resource_id,
       CASE outcome WHEN 'REJECTED' THEN 'REFUSED' ELSE outcome END,
       CASE outcome WHEN 'DENIED' THEN 403 END
FROM audit_record
ORDER BY id;

-- Nothing writes audit_record any more; its rows live on in audit_entry.
DROP TABLE audit_record;
DROP FUNCTION audit_record_is_append_only();
