package health.hipspine.content.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

import static health.hipspine.content.domain.ContentRules.CODE;
import static health.hipspine.content.domain.ContentRules.CODE_MESSAGE;

/** A short patient-education topic a clinician can hand out. */
@Schema(name = "EducationSource", description = "An education topic in both languages (the editor's source form)")
public record EducationSource(
        @NotNull(message = "is required") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
        @NotNull(message = "is required") @Valid LocalizedText name,
        @NotNull(message = "is required")
        @Pattern(regexp = ContentRules.AUDIENCES, message = "must be one of [clinician, patient]") String audience,
        @NotNull(message = "is required") @Valid LocalizedText summary,
        @NotNull(message = "is required") @Valid LocalizedList body,
        List<@Pattern(regexp = CODE, message = "is not a known condition code") String> conditionCodes,
        List<@NotBlank(message = "must be a non-blank citation") String> sources) implements ContentSource {

    public EducationSource {
        conditionCodes = ContentSource.orEmpty(conditionCodes);
        sources = ContentSource.orEmpty(sources);
    }
}
