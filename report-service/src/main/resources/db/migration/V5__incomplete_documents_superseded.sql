-- A document rendered while the content catalogue was unreachable is archived with content_complete = false and
-- is not final: once the catalogue answers, a complete copy of the same (report, version, kind, language) is
-- archived beside it (append-only: the incomplete one stays) and downloads serve the complete one.
ALTER TABLE report_document DROP CONSTRAINT report_document_report_id_version_kind_language_key;
ALTER TABLE report_document ADD CONSTRAINT report_document_one_per_completeness
    UNIQUE (report_id, version, kind, language, content_complete);
-- the re-render scheduler looks for current versions still incomplete
CREATE INDEX report_document_incomplete ON report_document (report_id, version) WHERE NOT content_complete;
