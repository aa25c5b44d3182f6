package health.hipspine.content.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import health.hipspine.content.domain.ContentKind;
import health.hipspine.content.domain.ContentSource;
import health.hipspine.content.domain.VersionTags;
import health.hipspine.kit.problem.Violation;
import health.hipspine.content.mapping.ContentMapper;
import health.hipspine.content.repository.ContentEntity;
import health.hipspine.content.repository.ContentRepository;
import health.hipspine.kit.audit.AuditAction;
import health.hipspine.kit.audit.AuditEvent;
import health.hipspine.kit.audit.AuditOutcome;
import health.hipspine.kit.audit.AuditTrail;
import health.hipspine.kit.caller.Caller;
import health.hipspine.kit.problem.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Editing use cases. Each runs in one transaction that also writes its audit row; the row being edited
 * is locked, so the optimistic version check cannot race. A refused edit rolls back and is audited in a
 * transaction of its own. Records are never deleted: retiring keeps them resolvable for the assessments
 * that already name them.
 */
@ApplicationScoped
public class ContentEditor {

    private final ContentRepository records;
    private final ContentChecks checks;
    private final ContentMapper mapper;
    private final AuditTrail audit;
    private final Caller caller;
    private final Event<ContentChanged> changed;

    public ContentEditor(ContentRepository records, ContentChecks checks, ContentMapper mapper, AuditTrail audit,
                         Caller caller, Event<ContentChanged> changed) {
        this.records = records;
        this.checks = checks;
        this.mapper = mapper;
        this.audit = audit;
        this.caller = caller;
        this.changed = changed;
    }

    @Transactional
    public ContentEntity create(ContentKind kind, JsonNode body) {
        ObjectNode document = documentOf(kind, body, null, AuditAction.CREATE);
        String code = document.path("code").asText("?");
        // validated before the code reaches the database (a NUL in it is PostgreSQL's error, a 500, not the client's 422)
        ContentSource source = checked(kind, code, document, AuditAction.CREATE);
        if (records.findForUpdate(kind, code).isPresent()) {
            throw refuse(AuditAction.CREATE, kind, code, Problems.conflict(
                    "A " + kind.id + " with code '" + code + "' exists; update it instead"));
        }
        ContentEntity created = new ContentEntity();
        created.kind = kind.id;
        created.code = source.code();
        created.version = 1;
        created.retired = false;
        write(created, source);
        records.persist(created);
        audit.record(success(AuditAction.CREATE, kind, code, 1));
        changed.fire(new ContentChanged("create " + kind.id + " " + code));
        return created;
    }

    @Transactional
    public ContentEntity update(ContentKind kind, String code, String ifMatch, JsonNode body) {
        VersionTags.IfMatch precondition = precondition(kind, code, ifMatch, AuditAction.UPDATE);
        ObjectNode document = documentOf(kind, body, code, AuditAction.UPDATE);
        ContentEntity current = lockCurrent(kind, code, precondition, AuditAction.UPDATE);
        ContentSource source = checked(kind, code, document, AuditAction.UPDATE);
        current.version++;
        write(current, source);
        audit.record(success(AuditAction.UPDATE, kind, code, current.version));
        changed.fire(new ContentChanged("update " + kind.id + " " + code));
        return current;
    }

    @Transactional
    public ContentEntity retire(ContentKind kind, String code, String ifMatch) {
        VersionTags.IfMatch precondition = precondition(kind, code, ifMatch, AuditAction.RETIRE);
        ContentEntity current = lockCurrent(kind, code, precondition, AuditAction.RETIRE);
        if (current.retired) {
            throw refuse(AuditAction.RETIRE, kind, code, Problems.conflict(
                    "The " + kind.id + " '" + code + "' is already retired"));
        }
        current.version++;
        current.retired = true;
        current.origin = ContentEntity.EDITOR;
        current.updatedAt = OffsetDateTime.now();
        current.updatedBy = caller.subject();
        audit.record(success(AuditAction.RETIRE, kind, code, current.version));
        changed.fire(new ContentChanged("retire " + kind.id + " " + code));
        return current;
    }

    private static AuditEvent success(AuditAction action, ContentKind kind, String code, int version) {
        return AuditEvent.of(action, kind.id, code, AuditOutcome.SUCCESS).withVersion(version);
    }

    private void write(ContentEntity record, ContentSource source) {
        record.document = mapper.document(source);
        record.origin = ContentEntity.EDITOR;
        record.updatedAt = OffsetDateTime.now();
        record.updatedBy = caller.subject();
    }

    private VersionTags.IfMatch precondition(ContentKind kind, String code, String ifMatch, AuditAction action) {
        VersionTags.IfMatch parsed = VersionTags.parseIfMatch(ifMatch);
        if (parsed instanceof VersionTags.Missing) {
            throw refuse(action, kind, code, Problems.preconditionRequired(
                    "Send If-Match with the version you edited (the ETag of GET .../" + code + "/source, e.g. \"v3\")"));
        }
        return parsed;
    }

    private ContentEntity lockCurrent(ContentKind kind, String code, VersionTags.IfMatch precondition,
                                      AuditAction action) {
        ContentEntity current = records.findForUpdate(kind, code).orElseThrow(() ->
                refuse(action, kind, code, CatalogueService.notFound(kind, code)));
        if (!precondition.accepts(current.version)) {
            throw refuse(action, kind, code, Problems.preconditionFailed("The " + kind.id + " '" + code
                    + "' is at version " + current.version + ", which If-Match does not name; fetch it again and"
                    + " re-apply your change"));
        }
        return current;
    }

    private ObjectNode documentOf(ContentKind kind, JsonNode body, String pathCode, AuditAction action) {
        if (body == null || !body.isObject()) {
            throw refuse(action, kind, pathCode == null ? "?" : pathCode,
                    Problems.unreadableBody("", "must be a JSON object"));
        }
        ObjectNode document = body.deepCopy();
        ContentMapper.BOOKKEEPING.forEach(document::remove);
        if (pathCode != null && document.hasNonNull("code") && !pathCode.equals(document.get("code").asText())) {
            throw invalid(action, kind, pathCode,
                    List.of(new Violation("code", "must equal the code in the path ('" + pathCode + "')")));
        }
        if (pathCode != null && !document.hasNonNull("code")) {
            document.put("code", pathCode);
        }
        return document;
    }

    private ContentSource checked(ContentKind kind, String code, ObjectNode document, AuditAction action) {
        ContentSource source;
        try {
            source = mapper.read(kind, document);
        } catch (ContentMapper.InvalidContent e) {
            throw invalid(action, kind, code, e.violations());
        }
        List<Violation> violations = checks.check(source, checks.vocabulary(List.of(), List.of()));
        if (!violations.isEmpty()) {
            throw invalid(action, kind, code, violations);
        }
        return source;
    }

    private HttpProblem invalid(AuditAction action, ContentKind kind, String code, List<Violation> violations) {
        return refuse(action, kind, code, Problems.invalidSubmission(violations),
                Map.of("violations", violations.size(), "first", violations.get(0).field()));
    }

    private HttpProblem refuse(AuditAction action, ContentKind kind, String code, HttpProblem problem) {
        return refuse(action, kind, code, problem,
                problem.getDetail() == null ? Map.of() : Map.of("reason", problem.getDetail()));
    }

    /** Audits a refusal in a transaction of its own (the edit's rolls back) and returns the problem to throw. */
    private HttpProblem refuse(AuditAction action, ContentKind kind, String code, HttpProblem problem,
                               Map<String, Object> detail) {
        audit.recordAlone(AuditEvent.refused(action, kind.id, code, problem.getStatusCode()).withDetail(detail));
        return problem;
    }
}
