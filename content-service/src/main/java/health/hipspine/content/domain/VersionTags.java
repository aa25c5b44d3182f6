package health.hipspine.content.domain;

import health.hipspine.kit.http.EntityTags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static health.hipspine.kit.http.EntityTags.tags;

/**
 * Content's If-Match (RFC 9110 section 13.1.1): which record versions an editor's tags name. Tag-list parsing
 * and If-None-Match are the service kit's ({@link health.hipspine.kit.http.EntityTags}). Pure functions over
 * header values, so each rule is unit-tested without a server.
 */
public final class VersionTags {

    /** An editor's version tag: {@code "v3"}, or a read tag of that version such as {@code "v3-en"}. */
    private static final Pattern VERSION = Pattern.compile("^\"v?(\\d{1,9})(?:-[a-z]{2})?\"$");

    private static final Pattern UNQUOTED_VERSION = Pattern.compile("^v?(\\d{1,9})$");

    private VersionTags() {
    }

    /** The version tag an editor sends back in If-Match. */
    public static String versionTag(int version) {
        return "\"v" + version + '"';
    }

    /** A parsed If-Match header. */
    public sealed interface IfMatch permits Missing, Any, Versions {
        /** Whether a record at {@code version} satisfies the precondition. */
        boolean accepts(int version);
    }

    /** No If-Match: an edit must be refused with 428. */
    public record Missing() implements IfMatch {
        public boolean accepts(int version) {
            return false;
        }
    }

    /** {@code If-Match: *}: any current version of an existing record. */
    public record Any() implements IfMatch {
        public boolean accepts(int version) {
            return true;
        }
    }

    /**
     * The versions named by the strong tags of the list. If-Match compares strongly, so a weak tag never
     * matches, nor does a tag that names no version; an empty set means "412 whatever the version".
     */
    public record Versions(List<Integer> versions) implements IfMatch {
        public boolean accepts(int version) {
            return versions.contains(version);
        }
    }

    public static IfMatch parseIfMatch(String header) {
        if (header == null || header.isBlank()) {
            return new Missing();
        }
        if (header.trim().equals("*")) {
            return new Any();
        }
        List<Integer> versions = new ArrayList<>();
        Matcher unquoted = UNQUOTED_VERSION.matcher(header.trim());
        if (unquoted.matches()) { // lenient, as before: v3 without quotes
            return new Versions(List.of(Integer.parseInt(unquoted.group(1))));
        }
        for (Tag tag : tags(header)) {
            Matcher m = VERSION.matcher(tag.opaque());
            if (!tag.weak() && m.matches()) {
                versions.add(Integer.parseInt(m.group(1)));
            }
        }
        return new Versions(List.copyOf(versions));
    }
}
