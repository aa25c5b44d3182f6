package health.hipspine.content.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import health.hipspine.content.audit.Actor;
import health.hipspine.content.audit.AuditTrail;
import health.hipspine.content.editor.ContentValidator;
import health.hipspine.content.finding.ClinicalModelCatalogue;
import health.hipspine.content.editor.Violation;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports the release files under resources/content/ at start-up (after Flyway), in one transaction:
 * a record is inserted when new and replaced only when its file version is newer AND nobody has
 * edited it through the API since. When an editor's change would be overwritten, the file loses, a
 * warning is logged and the conflict is written to the audit trail once, for a person to resolve.
 * An invalid file stops the start-up: a broken release must never be served.
 */
@ApplicationScoped
public class ContentImport {

    private static final Logger LOG = Logger.getLogger(ContentImport.class);
    static final String INDEX = "content/release.json";

    private final CatalogueRepository repository;
    private final ContentValidator validator;
    private final AuditTrail audit;
    private final Catalogue catalogue;
    private final ObjectMapper json;
    private final ClinicalModelCatalogue model;

    public ContentImport(CatalogueRepository repository, ContentValidator validator, AuditTrail audit,
                         Catalogue catalogue, ObjectMapper json, ClinicalModelCatalogue model) {
        this.repository = repository;
        this.validator = validator;
        this.audit = audit;
        this.catalogue = catalogue;
        this.json = json;
        this.model = model;
    }

    void onStart(@Observes StartupEvent event) {
        importRelease();
    }

    /** The outcome counts of one import, for the log. */
    public record Summary(String release, int created, int updated, int unchanged, int conflicts) {
    }

    public Summary importRelease() {
        JsonNode index = read(INDEX);
        String release = index.path("release").asText();
        Map<ContentKind, List<ObjectNode>> files = new LinkedHashMap<>();
        for (ContentKind kind : ContentKind.values()) {
            List<ObjectNode> records = new ArrayList<>();
            read("content/" + kind.collection + ".json").path("records").forEach(r -> records.add((ObjectNode) r));
            files.put(kind, records);
        }
        return apply(release, files);
    }

    /** Imports one release's records (package-private so a test can offer a newer file version). */
    Summary apply(String release, Map<ContentKind, List<ObjectNode>> files) {
        try (Connection c = repository.connection()) {
            c.setAutoCommit(false);
            try (Statement lock = c.createStatement()) {
                // Several instances may start together: one imports, the others wait and find nothing to do.
                lock.execute("SELECT pg_advisory_xact_lock(4242001)");
            }
            ContentValidator.Vocabulary vocabulary = vocabulary(c, files);
            List<String> problems = new ArrayList<>();
            files.forEach((kind, records) -> records.forEach(r -> {
                for (Violation v : validator.validate(kind, withoutBookkeeping(r), vocabulary)) {
                    problems.add(kind.collection + ".json " + r.path("code").asText("?") + ": " + v.field() + " " + v.message());
                }
                if (!r.path("version").canConvertToInt() || r.path("version").asInt() < 1) {
                    problems.add(kind.collection + ".json " + r.path("code").asText("?") + ": version must be >= 1");
                }
            }));
            if (!problems.isEmpty()) {
                c.rollback();
                throw new IllegalStateException("The content release " + release + " is invalid:\n  "
                        + String.join("\n  ", problems));
            }
            int created = 0, updated = 0, unchanged = 0, conflicts = 0;
            for (Map.Entry<ContentKind, List<ObjectNode>> entry : files.entrySet()) {
                ContentKind kind = entry.getKey();
                for (ObjectNode file : entry.getValue()) {
                    String code = file.get("code").asText();
                    int version = file.get("version").asInt();
                    boolean retired = file.path("retired").asBoolean(false);
                    ObjectNode document = withoutBookkeeping(file);
                    Optional<ContentRecord> stored = repository.find(c, kind, code, true);
                    if (stored.isEmpty()) {
                        repository.insert(c, kind, code, version, retired, "file", document, Actor.IMPORT.subject());
                        audit.record(c, Actor.IMPORT, "import", kind.id, code, version, "created", release);
                        created++;
                    } else if (stored.get().version() >= version) {
                        unchanged++;
                    } else if ("editor".equals(stored.get().origin())) {
                        conflicts++;
                        LOG.warnf("Content %s %s: file version %d not imported over an editor's version %d",
                                kind.id, code, version, stored.get().version());
                        if (!audit.exists(c, "import", kind.id, code, version, "conflict")) {
                            audit.record(c, Actor.IMPORT, "import", kind.id, code, version, "conflict",
                                    "release " + release + " has version " + version + "; kept editor's version "
                                            + stored.get().version());
                        }
                    } else {
                        repository.update(c, kind, code, version, retired, "file", document, Actor.IMPORT.subject());
                        audit.record(c, Actor.IMPORT, "import", kind.id, code, version, "updated", release);
                        updated++;
                    }
                }
            }
            repository.saveRelease(c, release);
            c.commit();
            catalogue.changed();
            Summary summary = new Summary(release, created, updated, unchanged, conflicts);
            LOG.infof("Content release %s imported: %d created, %d updated, %d unchanged, %d conflicts",
                    release, created, updated, unchanged, conflicts);
            return summary;
        } catch (SQLException e) {
            throw new CatalogueException(e);
        }
    }

    private ContentValidator.Vocabulary vocabulary(Connection c, Map<ContentKind, List<ObjectNode>> files)
            throws SQLException {
        Set<String> exercises = new HashSet<>(repository.codes(c, ContentKind.EXERCISE));
        Set<String> conditions = new HashSet<>(repository.codes(c, ContentKind.CONDITION));
        files.get(ContentKind.EXERCISE).forEach(r -> exercises.add(r.path("code").asText()));
        files.get(ContentKind.CONDITION).forEach(r -> conditions.add(r.path("code").asText()));
        return new ContentValidator.Vocabulary(exercises, conditions, model.findingCodes(), model.redFlagFindingCodes());
    }

    /** The stored document: the file record without the columns kept beside it. */
    static ObjectNode withoutBookkeeping(ObjectNode file) {
        ObjectNode document = file.deepCopy();
        document.remove("version");
        document.remove("retired");
        return document;
    }

    private JsonNode read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing content file " + resource);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
