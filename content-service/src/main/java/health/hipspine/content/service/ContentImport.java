package health.hipspine.content.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import health.hipspine.content.config.ContentConfig;
import health.hipspine.content.domain.ContentKind;
import health.hipspine.content.domain.ContentSource;
import health.hipspine.kit.problem.Violation;
import health.hipspine.content.mapping.ContentMapper;
import health.hipspine.content.repository.ContentEntity;
import health.hipspine.content.repository.ContentRepository;
import health.hipspine.content.repository.ReleaseRepository;
import health.hipspine.kit.audit.AuditAction;
import health.hipspine.kit.audit.AuditActor;
import health.hipspine.kit.audit.AuditEvent;
import health.hipspine.kit.audit.AuditOutcome;
import health.hipspine.kit.audit.AuditQuery;
import health.hipspine.kit.audit.AuditTrail;
import health.hipspine.kit.paging.PageRequest;
import health.hipspine.kit.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports the release files in one transaction under an advisory lock: a record is inserted when new
 * and replaced only when its file version is newer AND nobody has edited it through the API since.
 * When an editor's change would be overwritten, the file loses, a warning is logged and the conflict
 * is written to the audit trail once, for a person to resolve. An invalid file stops the start-up: a
 * broken release must never be served.
 */
@ApplicationScoped
public class ContentImport {

    private static final Logger LOG = Logger.getLogger(ContentImport.class);
    /** The audit actor of the import, and the {@code updated_by} of the records it writes. */
    static final AuditActor IMPORTER = AuditActor.system("import");
    static final String UPDATED_BY = "content-import";

    private final ContentRepository records;
    private final ReleaseRepository releases;
    private final ContentChecks checks;
    private final ContentMapper mapper;
    private final AuditTrail audit;
    private final Event<ContentChanged> changed;
    private final ObjectMapper json;
    private final ContentConfig config;

    public ContentImport(ContentRepository records, ReleaseRepository releases, ContentChecks checks,
                         ContentMapper mapper, AuditTrail audit, Event<ContentChanged> changed, ObjectMapper json,
                         ContentConfig config) {
        this.records = records;
        this.releases = releases;
        this.checks = checks;
        this.mapper = mapper;
        this.audit = audit;
        this.changed = changed;
        this.json = json;
        this.config = config;
    }

    /** The outcome counts of one import, for the log. */
    public record Summary(String release, int created, int updated, int unchanged, int conflicts) {
    }

    /** Imports the release files on the classpath. */
    @Transactional
    public Summary importRelease() {
        String release = read("release.json").path("release").asText();
        Map<ContentKind, List<ObjectNode>> files = new LinkedHashMap<>();
        for (ContentKind kind : ContentKind.values()) {
            List<ObjectNode> list = new ArrayList<>();
            read(kind.collection + ".json").path("records").forEach(r -> list.add((ObjectNode) r));
            files.put(kind, list);
        }
        return apply(release, files);
    }

    /** Imports one release's records, each in the source form plus {@code version} (and optionally {@code retired}). */
    @Transactional
    public Summary apply(String release, Map<ContentKind, List<ObjectNode>> files) {
        records.lockForImport();
        Map<ContentKind, List<Parsed>> parsed = parse(files);
        int created = 0, updated = 0, unchanged = 0, conflicts = 0;
        for (Map.Entry<ContentKind, List<Parsed>> entry : parsed.entrySet()) {
            ContentKind kind = entry.getKey();
            for (Parsed file : entry.getValue()) {
                String code = file.source().code();
                Optional<ContentEntity> stored = records.findForUpdate(kind, code);
                if (stored.isEmpty()) {
                    ContentEntity record = new ContentEntity();
                    record.kind = kind.id;
                    record.code = code;
                    write(record, file);
                    records.persist(record);
                    audit.record(IMPORTER, imported(kind, code, file.version(), AuditOutcome.SUCCESS)
                            .withDetail(Map.of("change", "created", "release", release)));
                    created++;
                } else if (stored.get().version >= file.version()) {
                    unchanged++;
                } else if (ContentEntity.EDITOR.equals(stored.get().origin)) {
                    conflicts++;
                    LOG.warnf("Content %s %s: file version %d not imported over an editor's version %d",
                            kind.id, code, file.version(), stored.get().version);
                    if (!conflictRecorded(kind, code, file.version())) {
                        audit.record(IMPORTER, imported(kind, code, file.version(), AuditOutcome.CONFLICT)
                                .withDetail(Map.of("release", release, "keptEditorVersion", stored.get().version)));
                    }
                } else {
                    write(stored.get(), file);
                    audit.record(IMPORTER, imported(kind, code, file.version(), AuditOutcome.SUCCESS)
                            .withDetail(Map.of("change", "updated", "release", release)));
                    updated++;
                }
            }
        }
        releases.save(release);
        changed.fire(new ContentChanged("import " + release));
        LOG.infof("Content release %s imported: %d created, %d updated, %d unchanged, %d conflicts",
                release, created, updated, unchanged, conflicts);
        return new Summary(release, created, updated, unchanged, conflicts);
    }

    private static AuditEvent imported(ContentKind kind, String code, int version, AuditOutcome outcome) {
        return AuditEvent.of(AuditAction.IMPORT, kind.id, code, outcome).withVersion(version);
    }

    /** A conflict is written once per file version, not at every start-up. */
    private boolean conflictRecorded(ContentKind kind, String code, int version) {
        return audit.search(new AuditQuery(AuditAction.IMPORT, AuditOutcome.CONFLICT, kind.id, code, null, null, null,
                        null), PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                .anyMatch(r -> Integer.valueOf(version).equals(r.resourceVersion()));
    }

    private record Parsed(ContentSource source, int version, boolean retired) {
    }

    /** Every file record typed and checked; one problem anywhere stops the import with the full list. */
    private Map<ContentKind, List<Parsed>> parse(Map<ContentKind, List<ObjectNode>> files) {
        List<String> problems = new ArrayList<>();
        Map<ContentKind, List<Parsed>> parsed = new LinkedHashMap<>();
        ContentValidator.Vocabulary vocabulary = checks.vocabulary(codes(files, ContentKind.EXERCISE),
                codes(files, ContentKind.CONDITION));
        files.forEach((kind, list) -> {
            List<Parsed> out = new ArrayList<>();
            for (ObjectNode file : list) {
                String where = kind.collection + ".json " + file.path("code").asText("?") + ": ";
                JsonNode version = file.path("version");
                if (!version.canConvertToInt() || version.asInt() < 1) {
                    problems.add(where + "version must be >= 1");
                }
                ObjectNode document = file.deepCopy();
                ContentMapper.BOOKKEEPING.forEach(document::remove);
                try {
                    ContentSource source = mapper.read(kind, document);
                    for (Violation v : checks.check(source, vocabulary)) {
                        problems.add(where + v.field() + " " + v.message());
                    }
                    out.add(new Parsed(source, version.asInt(), file.path("retired").asBoolean(false)));
                } catch (ContentMapper.InvalidContent e) {
                    e.violations().forEach(v -> problems.add(where + v.field() + " " + v.message()));
                }
            }
            parsed.put(kind, out);
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The content release is invalid:\n  " + String.join("\n  ", problems));
        }
        return parsed;
    }

    private static List<String> codes(Map<ContentKind, List<ObjectNode>> files, ContentKind kind) {
        return files.getOrDefault(kind, List.of()).stream().map(r -> r.path("code").asText()).toList();
    }

    private void write(ContentEntity record, Parsed file) {
        record.version = file.version();
        record.retired = file.retired();
        record.origin = ContentEntity.FILE;
        record.document = mapper.document(file.source());
        record.updatedAt = OffsetDateTime.now();
        record.updatedBy = UPDATED_BY;
    }

    private JsonNode read(String file) {
        String resource = config.directory() + "/" + file;
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
