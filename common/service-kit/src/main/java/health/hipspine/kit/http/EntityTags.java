package health.hipspine.kit.http;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entity tags in conditional requests (RFC 9110 section 13.1), the part every service shares: parsing a tag
 * list and the If-None-Match rule. What a tag means (a content version, a PDF's hash) stays with the service.
 */
public final class EntityTags {

    /** One entity tag of a list: {@code "abc"} or weak {@code W/"abc"}. */
    private static final Pattern TAG = Pattern.compile("\\s*(W/)?(\"[^\"]*\")\\s*(?:,|$)");

    private EntityTags() {
    }

    /** A listed tag; {@code opaque} keeps its quotes, as an ETag header does. */
    public record Tag(boolean weak, String opaque) {
    }

    /**
     * If-None-Match: true for {@code *} or when any listed tag equals {@code etag} (quoted) by the weak comparison
     * the RFC asks for here (so {@code W/"x"} matches {@code "x"}). A missing or blank header matches nothing.
     */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        return tags(ifNoneMatch).stream().anyMatch(t -> t.opaque().equals(etag));
    }

    /** The tags of a list, in order; anything unparseable ends the list (it can match nothing). */
    public static List<Tag> tags(String header) {
        List<Tag> tags = new ArrayList<>();
        Matcher m = TAG.matcher(header);
        int at = 0;
        while (at < header.length() && m.find(at) && m.start() == at) {
            tags.add(new Tag(m.group(1) != null, m.group(2)));
            at = m.end();
        }
        return tags;
    }
}
