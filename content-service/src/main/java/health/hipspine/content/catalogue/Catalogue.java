package health.hipspine.content.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import health.hipspine.content.http.Representations;
import health.hipspine.content.language.Language;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/**
 * The read side shared by every kind: finds records, turns a bilingual record into the caller's
 * language and wraps lists in the page envelope {items, total, page, size, language, release}.
 */
@ApplicationScoped
public class Catalogue {

    private final CatalogueRepository repository;
    private final Representations representations;
    private final ObjectMapper json;
    private volatile String release;

    public Catalogue(CatalogueRepository repository, Representations representations, ObjectMapper json) {
        this.repository = repository;
        this.representations = representations;
        this.json = json;
    }

    public String release() {
        String current = release;
        if (current == null) {
            current = repository.release().orElse("unreleased");
            release = current;
        }
        return current;
    }

    /** Called after an import or an edit: forget the release and every cached response. */
    public void changed() {
        release = null;
        representations.invalidate();
    }

    public ContentRecord get(ContentKind kind, String code) {
        return repository.find(kind, code).orElseThrow(() -> notFound(kind, code));
    }

    public static HttpProblem notFound(ContentKind kind, String code) {
        return HttpProblem.builder().withStatus(Response.Status.NOT_FOUND)
                .withTitle("Not Found")
                .withDetail("No " + kind.id + " with code '" + code + "'")
                .build();
    }

    /** A record in one language, with its version and whether it is retired. */
    public ObjectNode present(ContentRecord record, Language language) {
        ObjectNode out = (ObjectNode) language.localize(record.document());
        out.put("version", record.version());
        out.put("retired", record.retired());
        out.put("language", language.tag);
        return out;
    }

    public ObjectNode page(Page page, Language language) {
        return envelope(page.items(), page.total(), page.page(), page.size(), language);
    }

    /** An unpaged list (relations such as progressions) in the same envelope. */
    public ObjectNode all(List<ContentRecord> records, Language language) {
        return envelope(records, records.size(), 0, records.size(), language);
    }

    private ObjectNode envelope(List<ContentRecord> records, long total, int page, int size, Language language) {
        ObjectNode out = json.createObjectNode();
        ArrayNode items = out.putArray("items");
        records.forEach(r -> {
            ObjectNode item = present(r, language);
            item.remove("language"); // said once, on the envelope
            items.add(item);
        });
        out.put("total", total);
        out.put("page", page);
        out.put("size", size);
        out.put("language", language.tag);
        out.put("release", release());
        return out;
    }

    /** Answers a read through the representation cache (ETag, 304, Content-Language). */
    public Uni<Response> respond(UriInfo uri, HttpHeaders headers, java.util.function.Function<Language, Object> body) {
        Language language = Language.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return representations.respond(uri, headers, language, this::release, () -> body.apply(language));
    }

    public CatalogueRepository repository() {
        return repository;
    }
}
