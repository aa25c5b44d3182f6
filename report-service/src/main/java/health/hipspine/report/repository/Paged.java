package health.hipspine.report.repository;

import io.quarkus.panache.common.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;

/** One page of a query and the total over all pages. */
public record Paged<T>(List<T> items, long total) {

    public static <T> Paged<T> of(PanacheQuery<T> query, int page, int size) {
        return new Paged<>(query.page(Page.of(page, size)).list(), query.count());
    }
}
