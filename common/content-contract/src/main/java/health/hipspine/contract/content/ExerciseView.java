package health.hipspine.contract.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** {@code GET /api/v1/exercises/{code}} (and each item of an exercise page), every text in one language. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "ExerciseView", description = "An exercise in one language")
public record ExerciseView(
        @Schema(example = "bridge") String code,
        String name,
        @Schema(example = "hip-strengthening") String category,
        @Schema(enumeration = {"core", "hip", "lumbar", "pelvic", "sacroiliac", "whole-body"}) String region,
        List<String> targetMuscles,
        String summary,
        List<String> steps,
        Dosage dosage,
        @Schema(minimum = "1", maximum = "5") Integer difficulty,
        @Schema(description = "Codes of harder next steps") List<String> progressionCodes,
        @Schema(description = "Codes of easier alternatives") List<String> regressionCodes,
        List<String> equipment,
        List<String> precautions,
        List<Contraindication> contraindications,
        @Schema(description = "Codes of the conditions the exercise serves") List<String> conditionCodes,
        List<String> sources,
        @Schema(description = "Raised by every edit of the record") int version,
        @Schema(description = "Retired exercises stay resolvable by code") boolean retired,
        @Schema(nullable = true, description = "The language of the texts; absent on page items (the page says it)")
        String language,
        @Schema(nullable = true, example = "/api/v1/exercises/bridge/image",
                description = "Where the exercise's picture (SVG line drawing) is served, relative to the API's base;"
                        + " absent when the exercise has no picture") String imageUrl,
        @Schema(nullable = true, description = "What the picture shows, in the language of the texts (alt text)")
        String imageAlt,
        @Schema(nullable = true, enumeration = {"mobility", "strength", "function"},
                description = "Place in the clinical sequence: mobility, then strength, then function (content 2026.12+)")
        String phase,
        @Schema(description = "Conditions in which the exercise fits but must be done differently, and how")
        List<Watch> watch) {

    /** The 2026.11 shape: no picture, phase or watch items. */
    public ExerciseView(String code, String name, String category, String region, List<String> targetMuscles,
                        String summary, List<String> steps, Dosage dosage, Integer difficulty,
                        List<String> progressionCodes, List<String> regressionCodes, List<String> equipment,
                        List<String> precautions, List<Contraindication> contraindications,
                        List<String> conditionCodes, List<String> sources, int version, boolean retired,
                        String language) {
        this(code, name, category, region, targetMuscles, summary, steps, dosage, difficulty, progressionCodes,
                regressionCodes, equipment, precautions, contraindications, conditionCodes, sources, version, retired,
                language, null, null, null, List.of());
    }

    /** With a picture, without phase and watch items. */
    public ExerciseView(String code, String name, String category, String region, List<String> targetMuscles,
                        String summary, List<String> steps, Dosage dosage, Integer difficulty,
                        List<String> progressionCodes, List<String> regressionCodes, List<String> equipment,
                        List<String> precautions, List<Contraindication> contraindications,
                        List<String> conditionCodes, List<String> sources, int version, boolean retired,
                        String language, String imageUrl, String imageAlt) {
        this(code, name, category, region, targetMuscles, summary, steps, dosage, difficulty, progressionCodes,
                regressionCodes, equipment, precautions, contraindications, conditionCodes, sources, version, retired,
                language, imageUrl, imageAlt, null, List.of());
    }

    /** With phase and watch items, without a picture. */
    public ExerciseView(String code, String name, String category, String region, List<String> targetMuscles,
                        String summary, List<String> steps, Dosage dosage, Integer difficulty,
                        List<String> progressionCodes, List<String> regressionCodes, List<String> equipment,
                        List<String> precautions, List<Contraindication> contraindications,
                        List<String> conditionCodes, List<String> sources, int version, boolean retired,
                        String language, String phase, List<Watch> watch) {
        this(code, name, category, region, targetMuscles, summary, steps, dosage, difficulty, progressionCodes,
                regressionCodes, equipment, precautions, contraindications, conditionCodes, sources, version, retired,
                language, null, null, phase, watch);
    }

    public ExerciseView {
        targetMuscles = Lists.orEmpty(targetMuscles);
        steps = Lists.orEmpty(steps);
        progressionCodes = Lists.orEmpty(progressionCodes);
        regressionCodes = Lists.orEmpty(regressionCodes);
        equipment = Lists.orEmpty(equipment);
        precautions = Lists.orEmpty(precautions);
        contraindications = Lists.orEmpty(contraindications);
        conditionCodes = Lists.orEmpty(conditionCodes);
        sources = Lists.orEmpty(sources);
        watch = Lists.orEmpty(watch);
    }

    /** How much: at least one of reps, holdSeconds or durationMinutes; {@code text} says it in words. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "DosageView")
    public record Dosage(
            @Schema(nullable = true) Integer sets,
            @Schema(nullable = true) Integer reps,
            @Schema(nullable = true) Integer holdSeconds,
            @Schema(nullable = true) Integer durationMinutes,
            @Schema(example = "Daily") String frequency,
            @Schema(example = "3 sets of 10, hold 3 s at the top") String text) {
    }

    /** A condition in which the exercise is unsafe, and what to say about it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "ContraindicationView")
    public record Contraindication(String conditionCode, String text) {
    }

    /** A condition in which the exercise fits but must be done differently, and what to watch for. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "WatchView")
    public record Watch(String conditionCode, String text) {
    }
}
