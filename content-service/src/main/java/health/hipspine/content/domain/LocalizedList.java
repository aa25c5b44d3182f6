package health.hipspine.content.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A list of texts (steps, paragraphs) in both languages. That both lists have the same length, and the
 * least number of items a field needs, are checked by {@code ContentValidator}.
 */
@Schema(description = "A list of texts in English and Spanish, item by item",
        example = "{\"en\":[\"Lie on your back.\"],\"es\":[\"Túmbese boca arriba.\"]}")
public record LocalizedList(
        @NotNull(message = "is required and must be an array of texts")
        List<@NotBlank(message = "must be a non-blank text")
             @Size(max = ContentRules.TEXT_MAX, message = "must be at most 4000 characters") String> en,
        @NotNull(message = "is required and must be an array of texts")
        List<@NotBlank(message = "must be a non-blank text")
             @Size(max = ContentRules.TEXT_MAX, message = "must be at most 4000 characters") String> es) {
}
