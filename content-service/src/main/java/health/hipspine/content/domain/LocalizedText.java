package health.hipspine.content.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One text in both catalogue languages; the read API serves the caller's language only. */
@Schema(description = "A text in English and Spanish", example = "{\"en\":\"Bridge\",\"es\":\"Puente\"}")
public record LocalizedText(
        @NotBlank(message = "is required and must not be blank")
        @Size(max = ContentRules.TEXT_MAX, message = "must be at most 4000 characters") String en,
        @NotBlank(message = "is required and must not be blank")
        @Size(max = ContentRules.TEXT_MAX, message = "must be at most 4000 characters") String es) {
}
