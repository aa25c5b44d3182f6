package health.hipspine.content.catalogue;

import java.util.List;

/** One page of a list, with the total number of matching records (for clients that page). */
public record Page(List<ContentRecord> items, long total, int page, int size) {
}
