package health.hipspine.content.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

import static health.hipspine.content.domain.ContentRules.CODE;
import static health.hipspine.content.domain.ContentRules.CODE_MESSAGE;

/** A condition of the hip-lumbar-pelvic region: what it is, how it presents, which findings tell it apart. */
@Schema(name = "ConditionSource", description = "A condition in both languages (the editor's source form)")
public record ConditionSource(
        @NotNull(message = "is required") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
        @NotNull(message = "is required") @Valid LocalizedText name,
        @NotNull(message = "is required")
        @Pattern(regexp = ContentRules.CONDITION_REGIONS, message = "must be one of [hip, lumbar, mixed, pelvic, sacroiliac]")
        String region,
        boolean serious,
        @NotNull(message = "is required") @Valid LocalizedText description,
        @NotNull(message = "is required") @Valid LocalizedText presentation,
        @Schema(description = "Finding codes of the clinical model that distinguish the condition")
        List<@Pattern(regexp = CODE, message = "is not a finding code of the clinical model") String> distinguishingFindings,
        List<@NotNull @Pattern(regexp = ContentRules.ICD10CM, message = "is not an ICD-10-CM code") String> icd10cm,
        List<@NotNull @Pattern(regexp = ContentRules.SNOMED_CT, message = "is not a SNOMED CT concept id") String> snomedCt,
        @Schema(nullable = true) @Valid LocalizedText mappingNote,
        List<@NotNull @Pattern(regexp = ContentRules.EXERCISE_CATEGORIES, message = "is not an exercise category") String> helpfulExerciseCategories,
        List<@Pattern(regexp = CODE, message = "is not a known exercise code") String> exercisesToAvoid,
        List<@Pattern(regexp = ContentRules.RED_FLAG_CODE,
                message = "is not a red-flag code (redflag.*) of the clinical model") String> redFlagCodes,
        @NotEmpty(message = "needs at least one source")
        List<@NotBlank(message = "must be a non-blank citation") String> sources) implements ContentSource {

    public ConditionSource {
        distinguishingFindings = ContentSource.orEmpty(distinguishingFindings);
        icd10cm = ContentSource.orEmpty(icd10cm);
        snomedCt = ContentSource.orEmpty(snomedCt);
        helpfulExerciseCategories = ContentSource.orEmpty(helpfulExerciseCategories);
        exercisesToAvoid = ContentSource.orEmpty(exercisesToAvoid);
        redFlagCodes = ContentSource.orEmpty(redFlagCodes);
    }
}
