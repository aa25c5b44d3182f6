package health.hipspine.contract.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** {@code GET /api/v1/education/{code}} (and each item of a topic page), every text in one language. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "EducationView", description = "A patient-education topic in one language")
public record EducationView(
        String code,
        String name,
        @Schema(enumeration = {"clinician", "patient"}) String audience,
        String summary,
        @Schema(description = "The paragraphs of the topic") List<String> body,
        List<String> conditionCodes,
        List<String> sources,
        @Schema(description = "Raised by every edit of the record") int version,
        boolean retired,
        @Schema(nullable = true, description = "The language of the texts; absent on page items (the page says it)")
        String language) {

    public EducationView {
        body = Lists.orEmpty(body);
        conditionCodes = Lists.orEmpty(conditionCodes);
        sources = Lists.orEmpty(sources);
    }
}
