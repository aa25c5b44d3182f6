package health.hipspine.contract.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** {@code GET /api/v1/conditions/{code}} (and each item of a condition page), every text in one language. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "ConditionView", description = "A condition of the hip-lumbar-pelvic region in one language")
public record ConditionView(
        @Schema(example = "lumbar-spinal-stenosis") String code,
        String name,
        @Schema(enumeration = {"hip", "lumbar", "mixed", "pelvic", "sacroiliac"}) String region,
        @Schema(description = "A serious pathology a red-flag screen looks for") boolean serious,
        String description,
        String presentation,
        @Schema(description = "Finding codes of the clinical model that distinguish the condition")
        List<String> distinguishingFindings,
        @Schema(description = "ICD-10-CM codes; empty where no correct code exists (see mappingNote)") List<String> icd10cm,
        @Schema(description = "SNOMED CT concept ids; empty where none is mapped (see mappingNote)") List<String> snomedCt,
        @Schema(nullable = true, description = "Why a code list is empty") String mappingNote,
        List<String> helpfulExerciseCategories,
        @Schema(description = "Exercise codes a patient with this condition should not do") List<String> exercisesToAvoid,
        List<String> redFlagCodes,
        List<String> sources,
        @Schema(description = "Raised by every edit of the record") int version,
        boolean retired,
        @Schema(nullable = true, description = "The language of the texts; absent on page items (the page says it)")
        String language) {

    public ConditionView {
        distinguishingFindings = Lists.orEmpty(distinguishingFindings);
        icd10cm = Lists.orEmpty(icd10cm);
        snomedCt = Lists.orEmpty(snomedCt);
        helpfulExerciseCategories = Lists.orEmpty(helpfulExerciseCategories);
        exercisesToAvoid = Lists.orEmpty(exercisesToAvoid);
        redFlagCodes = Lists.orEmpty(redFlagCodes);
        sources = Lists.orEmpty(sources);
    }
}
