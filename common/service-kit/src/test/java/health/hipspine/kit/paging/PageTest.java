package health.hipspine.kit.paging;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    @Test
    void aPageCountsTheLastPartialPageAndKnowsWhetherMoreFollow() {
        Page<String> first = new Page<>(List.of("a", "b"), 5, 0, 2);
        Page<String> last = new Page<>(List.of("e"), 5, 2, 2);
        assertThat(first.pageCount()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(last.hasNext()).isFalse();
        assertThat(new Page<String>(List.of(), 0, 0, 20).pageCount()).isZero();
        assertThat(new Page<String>(List.of(), 4, 1, 2).hasNext()).isFalse();
    }

    @Test
    void mappingKeepsTotalPageAndSize() {
        Page<Integer> lengths = new Page<>(List.of("ab", "abc"), 7, 1, 2).map(String::length);
        assertThat(lengths).isEqualTo(new Page<>(List.of(2, 3), 7, 1, 2));
    }

    @Test
    void theOffsetOfAFarPageDoesNotOverflow() {
        assertThat(PageRequest.of(100_000_000, 100).offset()).isEqualTo(10_000_000_000L);
        assertThat(PageRequest.of(3, 20).offset()).isEqualTo(60);
    }

    @Test
    void aNewRequestHasTheDefaultsTheListsUsedBeforeTheKit() {
        PageRequest request = new PageRequest();
        assertThat(request.page()).isZero();
        assertThat(request.size()).isEqualTo(20);
        assertThat(PageRequest.MAX_SIZE).isEqualTo(100);
    }

    @Test
    void itemsAreCopiedSoTheEnvelopeCannotChangeUnderItsReader() {
        java.util.ArrayList<String> items = new java.util.ArrayList<>(List.of("a"));
        Page<String> page = new Page<>(items, 1, 0, 20);
        items.add("b");
        assertThat(page.items()).containsExactly("a");
    }
}
