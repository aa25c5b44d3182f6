package health.hipspine.contract.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /api/v1/release}: which content the service serves. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "ReleaseView", description = "The content release the content service serves")
public record ReleaseView(
        @Schema(description = "Name of the imported release files", example = "2026.11.0") String release,
        @Schema(description = "The language of the response (en, es)", example = "en") String language) {
}
