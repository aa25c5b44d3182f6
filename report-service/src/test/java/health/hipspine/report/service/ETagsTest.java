package health.hipspine.report.service;

import health.hipspine.kit.http.EntityTags;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ETagsTest {

    /** How ReportService asks: a PDF's ETag is its SHA-256, quoted. */
    private static boolean matches(String ifNoneMatch, String sha256) {
        return EntityTags.noneMatchHits(ifNoneMatch, '"' + sha256 + '"');
    }


    private static final String HASH = "3f1c0a";

    @Test
    void theDocumentsOwnTagMatchesStrongOrWeakAndAmongOthers() {
        assertThat(matches("\"3f1c0a\"", HASH)).isTrue();
        assertThat(matches("W/\"3f1c0a\"", HASH)).isTrue();
        assertThat(matches("\"old\", \"3f1c0a\"", HASH)).isTrue();
        assertThat(matches("*", HASH)).isTrue();
    }

    @Test
    void anotherTagAnUnquotedHashOrNoHeaderDoesNotMatch() {
        assertThat(matches("\"something-else\"", HASH)).isFalse();
        assertThat(matches("3f1c0a", HASH)).isFalse();
        assertThat(matches("\"3f1c0a0\"", HASH)).isFalse();
        assertThat(matches(null, HASH)).isFalse();
        assertThat(matches("", HASH)).isFalse();
    }
}
