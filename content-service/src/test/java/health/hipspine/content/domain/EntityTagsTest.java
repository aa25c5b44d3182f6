package health.hipspine.content.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityTagsTest {

    static final String ETAG = "\"abc123\"";

    @Test
    void ifNoneMatchHitsOnTheSameTagAStarOrAnyTagOfAList() {
        assertThat(EntityTags.noneMatchHits(ETAG, ETAG)).isTrue();
        assertThat(EntityTags.noneMatchHits("*", ETAG)).isTrue();
        assertThat(EntityTags.noneMatchHits("\"other\", \"abc123\"", ETAG)).isTrue();
        assertThat(EntityTags.noneMatchHits("\"other\",\"abc123\"", ETAG)).isTrue();
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertThat(EntityTags.noneMatchHits("W/\"abc123\"", ETAG)).isTrue();
        assertThat(EntityTags.noneMatchHits("\"x\", W/\"abc123\"", ETAG)).isTrue();
    }

    @Test
    void ifNoneMatchMissesOnOtherTagsNothingOrGarbage() {
        assertThat(EntityTags.noneMatchHits(null, ETAG)).isFalse();
        assertThat(EntityTags.noneMatchHits(" ", ETAG)).isFalse();
        assertThat(EntityTags.noneMatchHits("\"abc\"", ETAG)).isFalse();
        assertThat(EntityTags.noneMatchHits("abc123", ETAG)).as("an unquoted tag is no tag").isFalse();
        assertThat(EntityTags.noneMatchHits("\"abc123", ETAG)).isFalse();
    }

    @Test
    void ifMatchMissingIsTheCaseFor428() {
        assertThat(EntityTags.parseIfMatch(null)).isInstanceOf(EntityTags.Missing.class);
        assertThat(EntityTags.parseIfMatch("  ")).isInstanceOf(EntityTags.Missing.class);
        assertThat(EntityTags.parseIfMatch(null).accepts(1)).isFalse();
    }

    @Test
    void ifMatchNamesVersionsByEditorOrReadTags() {
        assertThat(EntityTags.parseIfMatch("\"v3\"").accepts(3)).isTrue();
        assertThat(EntityTags.parseIfMatch("\"v3\"").accepts(4)).isFalse();
        assertThat(EntityTags.parseIfMatch("\"3\"").accepts(3)).isTrue();
        assertThat(EntityTags.parseIfMatch("\"v3-en\"").accepts(3)).isTrue();
        assertThat(EntityTags.parseIfMatch("v3").accepts(3)).as("unquoted, as clients sent before").isTrue();
    }

    @Test
    void ifMatchListsAcceptAnyVersionTheyName() {
        EntityTags.IfMatch list = EntityTags.parseIfMatch("\"v2\", \"v5\"");
        assertThat(list.accepts(2)).isTrue();
        assertThat(list.accepts(5)).isTrue();
        assertThat(list.accepts(3)).isFalse();
    }

    @Test
    void ifMatchStarAcceptsEveryVersion() {
        assertThat(EntityTags.parseIfMatch("*")).isInstanceOf(EntityTags.Any.class);
        assertThat(EntityTags.parseIfMatch(" * ").accepts(17)).isTrue();
    }

    @Test
    void ifMatchComparesStronglySoAWeakTagNeverMatches() {
        assertThat(EntityTags.parseIfMatch("W/\"v3\"").accepts(3)).isFalse();
        assertThat(EntityTags.parseIfMatch("W/\"v3\", \"v4\"").accepts(4)).isTrue();
    }

    @Test
    void ifMatchWithoutAVersionTagMatchesNothing() {
        EntityTags.IfMatch garbage = EntityTags.parseIfMatch("\"not-a-version\"");
        assertThat(garbage).isInstanceOf(EntityTags.Versions.class);
        assertThat(garbage.accepts(1)).isFalse();
        assertThat(EntityTags.parseIfMatch("\"v1").accepts(1)).isFalse();
    }

    @Test
    void versionTagsAreQuoted() {
        assertThat(EntityTags.versionTag(7)).isEqualTo("\"v7\"");
        assertThat(EntityTags.parseIfMatch(EntityTags.versionTag(7)).accepts(7)).isTrue();
    }
}
