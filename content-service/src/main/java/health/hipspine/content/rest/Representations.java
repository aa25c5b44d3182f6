package health.hipspine.content.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.kit.http.EntityTags;
import health.hipspine.content.domain.Language;
import health.hipspine.content.service.CatalogueService;
import health.hipspine.content.service.ContentChanged;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Function;

/**
 * Serialises read responses once and serves them again from the {@value #CACHE} cache (quarkus-cache;
 * size and expiry in application.properties) until the content changes: every body carries a strong
 * ETag (a hash of its bytes) and a matching If-None-Match answers 304 without a body. The content changes
 * only through an edit or an import, and both fire {@link ContentChanged}; the expiry bounds staleness
 * when several instances share one database and another instance took the edit.
 */
@ApplicationScoped
public class Representations {

    public static final String RELEASE_HEADER = "X-Content-Release";
    static final String CACHE = "content-representations";

    /** One serialised response. */
    record Representation(byte[] body, String etag, Language language, String release) {
    }

    private final ObjectMapper json;
    private final CatalogueService catalogue;
    private final Cache cache;

    public Representations(ObjectMapper json, CatalogueService catalogue, @CacheName(CACHE) Cache cache) {
        this.json = json;
        this.catalogue = catalogue;
        this.cache = cache;
    }

    /**
     * Answers a read in the negotiated language. The cache key is the language plus the full request URI,
     * so pages and filters are cached apart. A hit is answered on the I/O thread without touching the
     * database; a miss is built on a worker thread, because building it reads PostgreSQL. A failure (404)
     * is never cached.
     */
    public Uni<Response> respond(UriInfo uri, HttpHeaders headers, Function<Language, Object> body) {
        Language language = Language.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String key = language.tag + ' ' + uri.getRequestUri().getRawPath() + '?'
                + (uri.getRequestUri().getRawQuery() == null ? "" : uri.getRequestUri().getRawQuery());
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        return cache.<String, Representation>getAsync(key, k -> Uni.createFrom()
                        .item(() -> build(language, body))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .map(r -> answer(r, ifNoneMatch));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged event) {
        cache.invalidateAll().await().indefinitely();
    }

    private Representation build(Language language, Function<Language, Object> body) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body.apply(language));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return new Representation(bytes, strongETag(bytes), language, catalogue.release());
    }

    static Response answer(Representation r, String ifNoneMatch) {
        Response.ResponseBuilder builder = EntityTags.noneMatchHits(ifNoneMatch, r.etag())
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

    static String strongETag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
