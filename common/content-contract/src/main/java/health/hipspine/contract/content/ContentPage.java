package health.hipspine.contract.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The list envelope of the content service's reads: one page of items in one language, with the release
 * the items belong to. The items carry no {@code language} of their own; the envelope says it once.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "ContentPage", description = "One page of content records in one language")
public record ContentPage<T>(
        List<T> items,
        @Schema(description = "How many records match, over all pages") long total,
        @Schema(description = "Zero-based page number") int page,
        @Schema(description = "Page size asked for") int size,
        @Schema(description = "The language of every text in the page (en, es)") String language,
        @Schema(description = "The content release the records belong to") String release) {

    public ContentPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** No records: what a reader makes of a 404 (unknown code). */
    public static <T> ContentPage<T> empty() {
        return new ContentPage<>(List.of(), 0, 0, 0, null, null);
    }
}
