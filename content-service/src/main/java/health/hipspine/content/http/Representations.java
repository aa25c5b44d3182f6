package health.hipspine.content.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.content.catalogue.CatalogueException;
import health.hipspine.content.language.Language;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Serialises read responses once and serves them again from memory until the content changes: every
 * body carries a strong ETag (a hash of its bytes) and a matching If-None-Match answers 304 without a
 * body. The content changes only through an edit or an import, and both call {@link #invalidate()}.
 * Each instance holds its own cache; a short TTL bounds staleness when several instances share one
 * database and another instance took the edit.
 */
@ApplicationScoped
public class Representations {

    public static final String RELEASE_HEADER = "X-Content-Release";
    static final int MAX_ENTRIES = 2_000;
    static final long TTL_MILLIS = 30_000;

    /** One serialised response. */
    public record Representation(byte[] body, String etag, Language language, String release, long createdAt) {
    }

    private final Map<String, Representation> cache = new ConcurrentHashMap<>();
    private final ObjectMapper json;

    public Representations(ObjectMapper json) {
        this.json = json;
    }

    public void invalidate() {
        cache.clear();
    }

    /**
     * Answers a read: from the cache if fresh, else builds the body with {@code body}. The cache key is
     * the full request URI plus the negotiated language, so pages and filters are cached separately.
     * A hit is answered on the I/O thread without touching the database; a miss is built on a worker
     * thread, because building it runs JDBC.
     */
    public Uni<Response> respond(UriInfo uri, HttpHeaders headers, Language language, Supplier<String> release,
                                 Supplier<Object> body) {
        String key = language.tag + ' ' + uri.getRequestUri().getRawPath() + '?'
                + (uri.getRequestUri().getRawQuery() == null ? "" : uri.getRequestUri().getRawQuery());
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Representation hit = cache.get(key);
        if (hit != null && System.currentTimeMillis() - hit.createdAt() <= TTL_MILLIS) {
            return Uni.createFrom().item(answer(hit, ifNoneMatch));
        }
        return Uni.createFrom().item(() -> answer(store(key, language, release.get(), body.get()), ifNoneMatch))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Representation store(String key, Language language, String release, Object body) {
        byte[] bytes = serialise(body);
        Representation r = new Representation(bytes, strongETag(bytes), language, release, System.currentTimeMillis());
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear(); // crude bound; the working set of a catalogue this size is far smaller
        }
        cache.put(key, r);
        return r;
    }

    static Response answer(Representation r, String ifNoneMatch) {
        Response.ResponseBuilder builder = matches(ifNoneMatch, r.etag())
                ? Response.notModified()
                : Response.ok(r.body(), MediaType.APPLICATION_JSON_TYPE);
        return builder
                .header(HttpHeaders.ETAG, r.etag())
                .header(HttpHeaders.CONTENT_LANGUAGE, r.language().tag)
                .header(RELEASE_HEADER, r.release())
                .header(HttpHeaders.VARY, "Accept-Language, Authorization")
                // Private: the API needs a token; no-cache: clients revalidate with If-None-Match.
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }

    /** If-None-Match per RFC 9110: "*" or any listed tag; weak comparison, as the RFC asks for this header. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    public byte[] serialise(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new CatalogueException(e);
        }
    }

    static String strongETag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
