package health.hipspine.content.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionTagsTest {

    static final String ETAG = "\"abc123\"";

    @Test
    void ifMatchMissingIsTheCaseFor428() {
        assertThat(VersionTags.parseIfMatch(null)).isInstanceOf(VersionTags.Missing.class);
        assertThat(VersionTags.parseIfMatch("  ")).isInstanceOf(VersionTags.Missing.class);
        assertThat(VersionTags.parseIfMatch(null).accepts(1)).isFalse();
    }

    @Test
    void ifMatchNamesVersionsByEditorOrReadTags() {
        assertThat(VersionTags.parseIfMatch("\"v3\"").accepts(3)).isTrue();
        assertThat(VersionTags.parseIfMatch("\"v3\"").accepts(4)).isFalse();
        assertThat(VersionTags.parseIfMatch("\"3\"").accepts(3)).isTrue();
        assertThat(VersionTags.parseIfMatch("\"v3-en\"").accepts(3)).isTrue();
        assertThat(VersionTags.parseIfMatch("v3").accepts(3)).as("unquoted, as clients sent before").isTrue();
    }

    @Test
    void ifMatchListsAcceptAnyVersionTheyName() {
        VersionTags.IfMatch list = VersionTags.parseIfMatch("\"v2\", \"v5\"");
        assertThat(list.accepts(2)).isTrue();
        assertThat(list.accepts(5)).isTrue();
        assertThat(list.accepts(3)).isFalse();
    }

    @Test
    void ifMatchStarAcceptsEveryVersion() {
        assertThat(VersionTags.parseIfMatch("*")).isInstanceOf(VersionTags.Any.class);
        assertThat(VersionTags.parseIfMatch(" * ").accepts(17)).isTrue();
    }

    @Test
    void ifMatchComparesStronglySoAWeakTagNeverMatches() {
        assertThat(VersionTags.parseIfMatch("W/\"v3\"").accepts(3)).isFalse();
        assertThat(VersionTags.parseIfMatch("W/\"v3\", \"v4\"").accepts(4)).isTrue();
    }

    @Test
    void ifMatchWithoutAVersionTagMatchesNothing() {
        VersionTags.IfMatch garbage = VersionTags.parseIfMatch("\"not-a-version\"");
        assertThat(garbage).isInstanceOf(VersionTags.Versions.class);
        assertThat(garbage.accepts(1)).isFalse();
        assertThat(VersionTags.parseIfMatch("\"v1").accepts(1)).isFalse();
    }

    @Test
    void versionTagsAreQuoted() {
        assertThat(VersionTags.versionTag(7)).isEqualTo("\"v7\"");
        assertThat(VersionTags.parseIfMatch(VersionTags.versionTag(7)).accepts(7)).isTrue();
    }
}
