package health.hipspine.content.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import health.hipspine.content.domain.Actor;
import health.hipspine.content.domain.ContentKind;
import health.hipspine.content.domain.ContentSource;
import health.hipspine.content.domain.EntityTags;
import health.hipspine.content.domain.Violation;
import health.hipspine.content.mapping.ContentMapper;
import health.hipspine.content.repository.ContentEntity;
import health.hipspine.content.repository.ContentRepository;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;

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
    private final Event<ContentChanged> changed;

    public ContentEditor(ContentRepository records, ContentChecks checks, ContentMapper mapper, AuditTrail audit,
                         Event<ContentChanged> changed) {
        this.records = records;
        this.checks = checks;
        this.mapper = mapper;
        this.audit = audit;
        this.changed = changed;
    }

    @Transactional
    public ContentEntity create(ContentKind kind, JsonNode body, Actor actor) {
        ObjectNode document = documentOf(kind, body, null, actor, "create");
        String code = document.path("code").asText("?");
        if (records.findForUpdate(kind, code).isPresent()) {
            throw refuse(actor, "create", kind, code, 409, "Conflict",
                    "A " + kind.id + " with code '" + code + "' exists; update it instead");
        }
        ContentSource source = checked(kind, code, document, actor, "create");
        ContentEntity created = new ContentEntity();
        created.kind = kind.id;
        created.code = source.code();
        created.version = 1;
        created.retired = false;
        write(created, source, actor);
        records.persist(created);
        audit.record(actor, "create", kind.id, code, 1, "success", null);
        changed.fire(new ContentChanged("create " + kind.id + " " + code));
        return created;
    }

    @Transactional
    public ContentEntity update(ContentKind kind, String code, String ifMatch, JsonNode body, Actor actor) {
        EntityTags.IfMatch precondition = precondition(kind, code, ifMatch, actor, "update");
        ObjectNode document = documentOf(kind, body, code, actor, "update");
        ContentEntity current = lockCurrent(kind, code, precondition, actor, "update");
        ContentSource source = checked(kind, code, document, actor, "update");
        current.version++;
        write(current, source, actor);
        audit.record(actor, "update", kind.id, code, current.version, "success", null);
        changed.fire(new ContentChanged("update " + kind.id + " " + code));
        return current;
    }

    @Transactional
    public ContentEntity retire(ContentKind kind, String code, String ifMatch, Actor actor) {
        EntityTags.IfMatch precondition = precondition(kind, code, ifMatch, actor, "retire");
        ContentEntity current = lockCurrent(kind, code, precondition, actor, "retire");
        if (current.retired) {
            throw refuse(actor, "retire", kind, code, 409, "Conflict",
                    "The " + kind.id + " '" + code + "' is already retired");
        }
        current.version++;
        current.retired = true;
        current.origin = ContentEntity.EDITOR;
        current.updatedAt = OffsetDateTime.now();
        current.updatedBy = actor.subject();
        audit.record(actor, "retire", kind.id, code, current.version, "success", null);
        changed.fire(new ContentChanged("retire " + kind.id + " " + code));
        return current;
    }

    private void write(ContentEntity record, ContentSource source, Actor actor) {
        record.document = mapper.document(source);
        record.origin = ContentEntity.EDITOR;
        record.updatedAt = OffsetDateTime.now();
        record.updatedBy = actor.subject();
    }

    private EntityTags.IfMatch precondition(ContentKind kind, String code, String ifMatch, Actor actor, String action) {
        EntityTags.IfMatch parsed = EntityTags.parseIfMatch(ifMatch);
        if (parsed instanceof EntityTags.Missing) {
            throw refuse(actor, action, kind, code, 428, "Precondition Required",
                    "Send If-Match with the version you edited (the ETag of GET .../" + code + "/source, e.g. \"v3\")");
        }
        return parsed;
    }

    private ContentEntity lockCurrent(ContentKind kind, String code, EntityTags.IfMatch precondition, Actor actor,
                                      String action) {
        ContentEntity current = records.findForUpdate(kind, code).orElseThrow(() ->
                refuse(actor, action, kind, code, 404, "Not Found", "No " + kind.id + " with code '" + code + "'"));
        if (!precondition.accepts(current.version)) {
            throw refuse(actor, action, kind, code, 412, "Precondition Failed", "The " + kind.id + " '" + code
                    + "' is at version " + current.version + ", which If-Match does not name; fetch it again and"
                    + " re-apply your change");
        }
        return current;
    }

    private ObjectNode documentOf(ContentKind kind, JsonNode body, String pathCode, Actor actor, String action) {
        if (body == null || !body.isObject()) {
            audit.recordRefusal(actor, action, kind.id, pathCode == null ? "?" : pathCode, "refused-400",
                    "body is not a JSON object");
            throw HttpProblem.builder().withStatus(400).withTitle("Bad Request")
                    .withDetail("The body must be a JSON object")
                    .with("violations", List.of(new Violation("", "must be a JSON object"))).build();
        }
        ObjectNode document = body.deepCopy();
        ContentMapper.BOOKKEEPING.forEach(document::remove);
        if (pathCode != null && document.hasNonNull("code") && !pathCode.equals(document.get("code").asText())) {
            throw invalid(actor, action, kind, pathCode,
                    List.of(new Violation("code", "must equal the code in the path ('" + pathCode + "')")));
        }
        if (pathCode != null && !document.hasNonNull("code")) {
            document.put("code", pathCode);
        }
        return document;
    }

    private ContentSource checked(ContentKind kind, String code, ObjectNode document, Actor actor, String action) {
        ContentSource source;
        try {
            source = mapper.read(kind, document);
        } catch (ContentMapper.InvalidContent e) {
            throw invalid(actor, action, kind, code, e.violations());
        }
        List<Violation> violations = checks.check(source, checks.vocabulary(List.of(), List.of()));
        if (!violations.isEmpty()) {
            throw invalid(actor, action, kind, code, violations);
        }
        return source;
    }

    private HttpProblem invalid(Actor actor, String action, ContentKind kind, String code, List<Violation> violations) {
        audit.recordRefusal(actor, action, kind.id, code, "refused-422",
                violations.size() + " violation(s), first: " + violations.get(0).field());
        return HttpProblem.builder().withStatus(422).withTitle("Unprocessable Content")
                .withDetail("The content has " + violations.size() + " problem(s)")
                .with("violations", violations).build();
    }

    private HttpProblem refuse(Actor actor, String action, ContentKind kind, String code, int status, String title,
                               String detail) {
        audit.recordRefusal(actor, action, kind.id, code, "refused-" + status, detail);
        return HttpProblem.builder().withStatus(status).withTitle(title).withDetail(detail).build();
    }
}
