package health.hipspine.report.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ETagsTest {

    private static final String HASH = "3f1c0a";

    @Test
    void theDocumentsOwnTagMatchesStrongOrWeakAndAmongOthers() {
        assertThat(ETags.matches("\"3f1c0a\"", HASH)).isTrue();
        assertThat(ETags.matches("W/\"3f1c0a\"", HASH)).isTrue();
        assertThat(ETags.matches("\"old\", \"3f1c0a\"", HASH)).isTrue();
        assertThat(ETags.matches("*", HASH)).isTrue();
    }

    @Test
    void anotherTagAnUnquotedHashOrNoHeaderDoesNotMatch() {
        assertThat(ETags.matches("\"something-else\"", HASH)).isFalse();
        assertThat(ETags.matches("3f1c0a", HASH)).isFalse();
        assertThat(ETags.matches("\"3f1c0a0\"", HASH)).isFalse();
        assertThat(ETags.matches(null, HASH)).isFalse();
        assertThat(ETags.matches("", HASH)).isFalse();
    }
}
