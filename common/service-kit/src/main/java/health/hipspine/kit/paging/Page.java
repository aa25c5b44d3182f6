package health.hipspine.kit.paging;

import java.util.List;
import java.util.function.Function;

/**
 * The one list envelope of all three services: one page of items and the total number of matches
 * ({@code {"items":[...],"total":42,"page":0,"size":20}}), the shape content and report lists answered before the kit.
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.page(), request.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }

    /** Pages needed for all matches (0 when nothing matches). */
    public long pageCount() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
