package health.hipspine.content.repository;

import java.util.List;

/** One page of a list, with the total number of matching items (for clients that page). */
public record Page<T>(List<T> items, long total, int page, int size) {
}
