package health.hipspine.content.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

import static health.hipspine.content.domain.ContentRules.CODE;
import static health.hipspine.content.domain.ContentRules.CODE_MESSAGE;

/**
 * An exercise: how to do it, how much, for whom, and what to do instead when it is too easy or too hard.
 * {@code phase} places it in the clinical sequence (mobility, then strength, then function).
 */
@Schema(name = "ExerciseSource", description = "An exercise in both languages (the editor's source form)")
public record ExerciseSource(
        @NotNull(message = "is required") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
        @NotNull(message = "is required") @Valid LocalizedText name,
        @NotNull(message = "is required")
        @Pattern(regexp = ContentRules.EXERCISE_CATEGORIES, message = "is not an exercise category") String category,
        @NotNull(message = "is required")
        @Pattern(regexp = ContentRules.EXERCISE_REGIONS,
                message = "must be one of [core, hip, lumbar, pelvic, sacroiliac, whole-body]") String region,
        @NotNull(message = "is required") @Valid LocalizedList targetMuscles,
        @NotNull(message = "is required") @Valid LocalizedText summary,
        @NotNull(message = "is required") @Valid LocalizedList steps,
        @NotNull(message = "is required and must be an object") @Valid Dosage dosage,
        @NotNull(message = "is required")
        @Min(value = 1, message = "must be a whole number from 1 to 5")
        @Max(value = 5, message = "must be a whole number from 1 to 5") Integer difficulty,
        @Schema(nullable = true) @Pattern(regexp = ContentRules.EXERCISE_PHASES, message = "must be one of [mobility, strength, function]") String phase,
        List<@Pattern(regexp = CODE, message = "is not a known exercise code") String> progressionCodes,
        List<@Pattern(regexp = CODE, message = "is not a known exercise code") String> regressionCodes,
        @NotNull(message = "is required")
        List<@NotNull @Pattern(regexp = ContentRules.EQUIPMENT, message = "is not a known equipment code") String> equipment,
        @NotNull(message = "is required") @Valid LocalizedList precautions,
        List<@NotNull @Valid Contraindication> contraindications,
        List<@NotNull @Valid Watch> watch,
        List<@Pattern(regexp = CODE, message = "is not a known condition code") String> conditionCodes,
        List<@NotBlank(message = "must be a non-blank citation") String> sources,
        @Schema(nullable = true) @Valid Image image) implements ContentSource {

    public ExerciseSource {
        progressionCodes = ContentSource.orEmpty(progressionCodes);
        regressionCodes = ContentSource.orEmpty(regressionCodes);
        contraindications = ContentSource.orEmpty(contraindications);
        watch = ContentSource.orEmpty(watch);
        conditionCodes = ContentSource.orEmpty(conditionCodes);
        sources = ContentSource.orEmpty(sources);
    }

    /** The 2026.11 form, without phase, watch items or picture (editors that do not send them). */
    public ExerciseSource(String code, LocalizedText name, String category, String region, LocalizedList targetMuscles,
                          LocalizedText summary, LocalizedList steps, Dosage dosage, Integer difficulty,
                          List<String> progressionCodes, List<String> regressionCodes, List<String> equipment,
                          LocalizedList precautions, List<Contraindication> contraindications, List<String> conditionCodes,
                          List<String> sources) {
        this(code, name, category, region, targetMuscles, summary, steps, dosage, difficulty, null, progressionCodes,
                regressionCodes, equipment, precautions, contraindications, List.of(), conditionCodes, sources, null);
    }

    /** With a picture, without phase and watch items. */
    public ExerciseSource(String code, LocalizedText name, String category, String region, LocalizedList targetMuscles,
                          LocalizedText summary, LocalizedList steps, Dosage dosage, Integer difficulty,
                          List<String> progressionCodes, List<String> regressionCodes, List<String> equipment,
                          LocalizedList precautions, List<Contraindication> contraindications, List<String> conditionCodes,
                          List<String> sources, Image image) {
        this(code, name, category, region, targetMuscles, summary, steps, dosage, difficulty, null, progressionCodes,
                regressionCodes, equipment, precautions, contraindications, List.of(), conditionCodes, sources, image);
    }

    /** With phase and watch items, without a picture. */
    public ExerciseSource(String code, LocalizedText name, String category, String region, LocalizedList targetMuscles,
                          LocalizedText summary, LocalizedList steps, Dosage dosage, Integer difficulty, String phase,
                          List<String> progressionCodes, List<String> regressionCodes, List<String> equipment,
                          LocalizedList precautions, List<Contraindication> contraindications, List<Watch> watch,
                          List<String> conditionCodes, List<String> sources) {
        this(code, name, category, region, targetMuscles, summary, steps, dosage, difficulty, phase, progressionCodes,
                regressionCodes, equipment, precautions, contraindications, watch, conditionCodes, sources, null);
    }

    /**
     * How much: at least one of reps, holdSeconds or durationMinutes (checked by ContentValidator). The four numbers
     * are each optional, and an editor may send one as {@code null}: declared nullable.
     */
    public record Dosage(
            @Schema(nullable = true) @Min(value = 1, message = "must be a whole number from 1 to 10")
            @Max(value = 10, message = "must be a whole number from 1 to 10") Integer sets,
            @Schema(nullable = true) @Min(value = 1, message = "must be a whole number from 1 to 100")
            @Max(value = 100, message = "must be a whole number from 1 to 100") Integer reps,
            @Schema(nullable = true) @Min(value = 1, message = "must be a whole number from 1 to 600")
            @Max(value = 600, message = "must be a whole number from 1 to 600") Integer holdSeconds,
            @Schema(nullable = true) @Min(value = 1, message = "must be a whole number from 1 to 240")
            @Max(value = 240, message = "must be a whole number from 1 to 240") Integer durationMinutes,
            @NotNull(message = "is required") @Valid LocalizedText frequency,
            @NotNull(message = "is required") @Valid LocalizedText text) {
    }

    /**
     * The exercise's picture: an SVG file of the release's {@code pictures/} folder and what it shows, in both
     * languages (the alt text screen readers and the PDFs' tags carry). Optional: an exercise without one is
     * printed and served without a picture.
     */
    @Schema(name = "ExerciseImage")
    public record Image(
            @NotNull(message = "is required")
            @Pattern(regexp = ContentRules.PICTURE_FILE, message = "must be a file name like bridge.svg") String file,
            @NotNull(message = "is required") @Valid LocalizedText alt) {
    }

    /** A condition in which the exercise is unsafe (the planner leaves it out), and what to say about it. */
    public record Contraindication(
            @NotNull(message = "is not a known condition code") String conditionCode,
            @NotNull(message = "is required") @Valid LocalizedText text) {
    }

    /**
     * A condition in which the exercise still fits but must be done differently: the planner keeps it and
     * shows what to watch for.
     */
    public record Watch(
            @NotNull(message = "is not a known condition code") String conditionCode,
            @NotNull(message = "is required") @Valid LocalizedText text) {
    }
}
