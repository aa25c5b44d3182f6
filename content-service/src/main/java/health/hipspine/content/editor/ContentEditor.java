package health.hipspine.content.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import health.hipspine.content.audit.Actor;
import health.hipspine.content.audit.AuditTrail;
import health.hipspine.content.catalogue.Catalogue;
import health.hipspine.content.catalogue.CatalogueException;
import health.hipspine.content.catalogue.CatalogueRepository;
import health.hipspine.content.catalogue.ContentKind;
import health.hipspine.content.catalogue.ContentRecord;
import health.hipspine.content.finding.ClinicalModelCatalogue;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Editing use cases. Every change runs in one database transaction that also writes its audit row;
 * the row being edited is locked, so the optimistic version check cannot race. Records are never
 * deleted: retiring keeps them resolvable for the assessments that already name them.
 */
@ApplicationScoped
public class ContentEditor {

    /** The version in an If-Match tag: {@code "v3"}, {@code "3"} or a read tag such as {@code "v3-en"}. */
    private static final Pattern VERSION_TAG = Pattern.compile("^(?:W/)?\"?v?(\\d{1,9})(?:-[a-z]{2})?\"?$");

    private final CatalogueRepository repository;
    private final ContentValidator validator;
    private final AuditTrail audit;
    private final Catalogue catalogue;
    private final ClinicalModelCatalogue model;

    public ContentEditor(CatalogueRepository repository, ContentValidator validator, AuditTrail audit,
                         Catalogue catalogue, ClinicalModelCatalogue model) {
        this.repository = repository;
        this.validator = validator;
        this.audit = audit;
        this.catalogue = catalogue;
        this.model = model;
    }

    public ContentRecord create(ContentKind kind, JsonNode body, Actor actor) {
        ObjectNode document = documentOf(kind, body, null, actor, "create");
        String code = document.get("code").asText();
        return inTransaction(actor, "create", kind, code, c -> {
            if (repository.find(c, kind, code, true).isPresent()) {
                throw refusal(409, "Conflict", "A " + kind.id + " with code '" + code + "' exists; update it instead");
            }
            check(c, kind, document, actor, "create");
            repository.insert(c, kind, code, 1, false, "editor", document, actor.subject());
            audit.record(c, actor, "create", kind.id, code, 1, "success", null);
            return repository.find(c, kind, code, false).orElseThrow();
        });
    }

    public ContentRecord update(ContentKind kind, String code, String ifMatch, JsonNode body, Actor actor) {
        int expected = expectedVersion(kind, code, ifMatch, actor, "update");
        ObjectNode document = documentOf(kind, body, code, actor, "update");
        return inTransaction(actor, "update", kind, code, c -> {
            ContentRecord current = lockCurrent(c, kind, code, expected);
            check(c, kind, document, actor, "update");
            int version = current.version() + 1;
            repository.update(c, kind, code, version, current.retired(), "editor", document, actor.subject());
            audit.record(c, actor, "update", kind.id, code, version, "success", null);
            return repository.find(c, kind, code, false).orElseThrow();
        });
    }

    public ContentRecord retire(ContentKind kind, String code, String ifMatch, Actor actor) {
        int expected = expectedVersion(kind, code, ifMatch, actor, "retire");
        return inTransaction(actor, "retire", kind, code, c -> {
            ContentRecord current = lockCurrent(c, kind, code, expected);
            if (current.retired()) {
                throw refusal(409, "Conflict", "The " + kind.id + " '" + code + "' is already retired");
            }
            int version = current.version() + 1;
            repository.update(c, kind, code, version, true, "editor", current.document(), actor.subject());
            audit.record(c, actor, "retire", kind.id, code, version, "success", null);
            return repository.find(c, kind, code, false).orElseThrow();
        });
    }

    /** The editable, bilingual form of a record. */
    public ObjectNode source(ContentRecord record) {
        ObjectNode out = record.document().deepCopy();
        out.put("version", record.version());
        out.put("retired", record.retired());
        out.put("origin", record.origin());
        out.put("updatedAt", record.updatedAt().toString());
        out.put("updatedBy", record.updatedBy());
        return out;
    }

    public static String versionTag(ContentRecord record) {
        return "\"v" + record.version() + '"';
    }

    private ContentRecord lockCurrent(Connection c, ContentKind kind, String code, int expected) throws SQLException {
        ContentRecord current = repository.find(c, kind, code, true)
                .orElseThrow(() -> refusalOf(404, "Not Found", "No " + kind.id + " with code '" + code + "'"));
        if (current.version() != expected) {
            throw refusal(412, "Precondition Failed", "The " + kind.id + " '" + code + "' is at version "
                    + current.version() + ", not " + expected + "; fetch it again and re-apply your change");
        }
        return current;
    }

    private int expectedVersion(ContentKind kind, String code, String ifMatch, Actor actor, String action) {
        if (ifMatch == null || ifMatch.isBlank()) {
            audit.recordRefusal(actor, action, kind.id, code, "refused-428", "If-Match missing");
            throw refusalOf(428, "Precondition Required",
                    "Send If-Match with the version you edited (the ETag of GET .../" + code + "/source, e.g. \"v3\")");
        }
        Matcher m = VERSION_TAG.matcher(ifMatch.trim());
        if (!m.matches()) {
            audit.recordRefusal(actor, action, kind.id, code, "refused-412", "If-Match not a version tag");
            throw refusalOf(412, "Precondition Failed", "If-Match must be a version tag such as \"v3\"");
        }
        return Integer.parseInt(m.group(1));
    }

    private ObjectNode documentOf(ContentKind kind, JsonNode body, String pathCode, Actor actor, String action) {
        if (body == null || !body.isObject()) {
            String code = pathCode == null ? "?" : pathCode;
            audit.recordRefusal(actor, action, kind.id, code, "refused-400", "body is not a JSON object");
            throw HttpProblem.builder().withStatus(400).withTitle("Bad Request")
                    .withDetail("The body must be a JSON object")
                    .with("violations", List.of(new Violation("", "must be a JSON object"))).build();
        }
        ObjectNode document = body.deepCopy();
        // Bookkeeping belongs to the server; a client cannot set its own version or retire by editing.
        for (String field : List.of("version", "retired", "origin", "updatedAt", "updatedBy", "language")) {
            document.remove(field);
        }
        if (pathCode != null && document.hasNonNull("code") && !pathCode.equals(document.get("code").asText())) {
            audit.recordRefusal(actor, action, kind.id, pathCode, "refused-422", "code differs from path");
            throw invalid(List.of(new Violation("code", "must equal the code in the path ('" + pathCode + "')")));
        }
        if (pathCode != null && !document.hasNonNull("code")) {
            document.put("code", pathCode);
        }
        return document;
    }

    private void check(Connection c, ContentKind kind, ObjectNode document, Actor actor, String action)
            throws SQLException {
        var vocabulary = new ContentValidator.Vocabulary(
                new HashSet<>(repository.codes(c, ContentKind.EXERCISE)),
                new HashSet<>(repository.codes(c, ContentKind.CONDITION)),
                model.findingCodes(), model.redFlagFindingCodes());
        List<Violation> violations = validator.validate(kind, document, vocabulary);
        if (!violations.isEmpty()) {
            throw new Refusal(invalid(violations), "refused-422",
                    violations.size() + " violation(s), first: " + violations.get(0).field());
        }
    }

    static HttpProblem invalid(List<Violation> violations) {
        return HttpProblem.builder().withStatus(422).withTitle("Unprocessable Content")
                .withDetail("The content has " + violations.size() + " problem(s)")
                .with("violations", violations).build();
    }

    private static HttpProblem refusalOf(int status, String title, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(title).withDetail(detail).build();
    }

    private static Refusal refusal(int status, String title, String detail) {
        return new Refusal(refusalOf(status, title, detail), "refused-" + status, detail);
    }

    /** A refused edit found inside the transaction: rolled back, then audited on its own. */
    private static final class Refusal extends RuntimeException {
        final HttpProblem problem;
        final String outcome;
        final String detail;

        Refusal(HttpProblem problem, String outcome, String detail) {
            super(null, null, false, false);
            this.problem = problem;
            this.outcome = outcome;
            this.detail = detail;
        }
    }

    private interface Work {
        ContentRecord run(Connection c) throws SQLException;
    }

    private ContentRecord inTransaction(Actor actor, String action, ContentKind kind, String code, Work work) {
        ContentRecord result;
        try (Connection c = repository.connection()) {
            c.setAutoCommit(false);
            try {
                result = work.run(c);
                c.commit();
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (Refusal r) {
            audit.recordRefusal(actor, action, kind.id, code, r.outcome, r.detail);
            throw r.problem;
        } catch (HttpProblem p) {
            audit.recordRefusal(actor, action, kind.id, code, "refused-" + p.getStatusCode(), p.getDetail());
            throw p;
        } catch (SQLException e) {
            throw new CatalogueException(e);
        }
        catalogue.changed();
        return result;
    }
}
