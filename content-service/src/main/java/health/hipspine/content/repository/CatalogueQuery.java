package health.hipspine.content.repository;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Filters on a list: each names a document field and how to match it. Values the caller did not give
 * are left out, so the same query object serves every kind.
 */
public final class CatalogueQuery {

    /** How a filter matches: a scalar field equal to the value, or an array field containing it. */
    public enum Match { EQUALS, CONTAINS, INTEGER_EQUALS, BOOLEAN_EQUALS }

    public record Filter(String field, Match match, String value) {
    }

    final Map<String, Filter> filters = new LinkedHashMap<>();
    final java.util.Set<String> excludedCodes = new java.util.TreeSet<>();
    String text;
    boolean includeRetired;
    int page;
    int size = 20;

    public CatalogueQuery where(String field, Match match, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(field, new Filter(field, match, value.trim()));
        }
        return this;
    }

    public CatalogueQuery where(String field, Integer value) {
        return value == null ? this : where(field, Match.INTEGER_EQUALS, value.toString());
    }

    /** Leaves a code out of the result (e.g. the exercises a condition should avoid). */
    public CatalogueQuery exclude(String code) {
        excludedCodes.add(code);
        return this;
    }

    public CatalogueQuery text(String q) {
        this.text = q == null || q.isBlank() ? null : q.trim();
        return this;
    }

    public CatalogueQuery includeRetired(boolean includeRetired) {
        this.includeRetired = includeRetired;
        return this;
    }

    public CatalogueQuery page(int page, int size) {
        this.page = page;
        this.size = size;
        return this;
    }
}
