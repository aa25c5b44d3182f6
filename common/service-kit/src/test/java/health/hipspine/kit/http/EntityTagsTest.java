package health.hipspine.kit.http;

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
    void aTagListKeepsQuotesAndWeaknessAndStopsAtGarbage() {
        assertThat(EntityTags.tags("\"a\", W/\"b\" ,\"c\"")).containsExactly(new EntityTags.Tag(false, "\"a\""),
                new EntityTags.Tag(true, "\"b\""), new EntityTags.Tag(false, "\"c\""));
        assertThat(EntityTags.tags("\"a\", b, \"c\"")).containsExactly(new EntityTags.Tag(false, "\"a\""));
    }
}
