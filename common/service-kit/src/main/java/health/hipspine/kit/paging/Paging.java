package health.hipspine.kit.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.function.Function;

/**
 * Runs a Panache query as one page: the count for {@code total} and the rows of the requested page,
 * mapped to the wire type. The query must already be ordered (a stable order makes pages disjoint).
 * Call it inside a transaction or a {@code @Transactional} service method.
 */
public final class Paging {

    private Paging() {
    }

    public static <E, T> Page<T> page(PanacheQuery<E> query, PageRequest request, Function<? super E, ? extends T> mapper) {
        long total = query.count();
        if (request.offset() >= total) {
            // beyond the last page: no rows to fetch
            return new Page<>(java.util.List.of(), total, request.page(), request.size());
        }
        return new Page<>(query.page(io.quarkus.panache.common.Page.of(request.page(), request.size()))
                .<E>list().stream().<T>map(mapper).toList(), total, request.page(), request.size());
    }
}
