package health.hipspine.content.service;

import health.hipspine.content.domain.ConditionSource;
import health.hipspine.content.domain.EducationSource;
import health.hipspine.content.domain.ExerciseSource;
import health.hipspine.content.domain.LocalizedList;
import health.hipspine.content.domain.LocalizedText;
import health.hipspine.kit.problem.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules that need to know which codes exist, or compare fields: everything else is Bean Validation. */
class ContentValidatorTest {

    static final ContentValidator.Vocabulary VOCABULARY = new ContentValidator.Vocabulary(
            Set.of("bridge", "gluteal-set", "single-leg-bridge"), Set.of("hip-osteoarthritis"),
            Set.of("test.slr", "pain.groin"), Set.of("redflag.fever"));

    static LocalizedText text(String en) {
        return new LocalizedText(en, en + " (es)");
    }

    static LocalizedList list(int en, int es) {
        return new LocalizedList(java.util.stream.IntStream.range(0, en).mapToObj(i -> "en " + i).toList(),
                java.util.stream.IntStream.range(0, es).mapToObj(i -> "es " + i).toList());
    }

    static ExerciseSource exercise(String code, List<String> progressions, List<String> regressions,
                                   ExerciseSource.Dosage dosage, LocalizedList steps, List<String> contraindicated) {
        return new ExerciseSource(code, text("Bridge"), "hip-strengthening", "hip", list(1, 1), text("Lift"), steps,
                dosage, 2, progressions, regressions, List.of("mat"), list(0, 0),
                contraindicated.stream().map(c -> new ExerciseSource.Contraindication(c, text("No"))).toList(),
                List.of("hip-osteoarthritis"), List.of("Seed"));
    }

    static final ExerciseSource.Dosage REPS = new ExerciseSource.Dosage(3, 12, null, null, text("Daily"), text("3x12"));

    static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void aValidExerciseHasNoViolations() {
        assertThat(ContentValidator.validate(exercise("bridge", List.of("single-leg-bridge"), List.of("gluteal-set"),
                REPS, list(2, 2), List.of("hip-osteoarthritis")), VOCABULARY)).isEmpty();
    }

    @Test
    void linksToUnknownExercisesAndConditionsNameTheirIndex() {
        List<Violation> v = ContentValidator.validate(exercise("bridge", List.of("single-leg-bridge", "nope"),
                List.of("also-nope"), REPS, list(2, 2), List.of("hip-pain")), VOCABULARY);
        assertThat(fields(v)).containsExactlyInAnyOrder("progressionCodes[1]", "regressionCodes[0]",
                "contraindications[0].conditionCode");
        assertThat(v).contains(new Violation("regressionCodes[0]", "is not a known exercise code"));
    }

    @Test
    void aWatchItemMustNameAKnownCondition() {
        ExerciseSource e = exercise("bridge", List.of(), List.of(), REPS, list(2, 2), List.of());
        ExerciseSource watched = new ExerciseSource(e.code(), e.name(), e.category(), e.region(), e.targetMuscles(),
                e.summary(), e.steps(), e.dosage(), e.difficulty(), "strength", e.progressionCodes(), e.regressionCodes(),
                e.equipment(), e.precautions(), e.contraindications(),
                List.of(new ExerciseSource.Watch("hip-osteoarthritis", text("Go gently")),
                        new ExerciseSource.Watch("hip-pain", text("Go gently"))),
                e.conditionCodes(), e.sources());
        assertThat(ContentValidator.validate(watched, VOCABULARY))
                .containsExactly(new Violation("watch[1].conditionCode", "is not a known condition code"));
    }

    @Test
    void anExerciseCannotLinkToItself() {
        assertThat(ContentValidator.validate(exercise("bridge", List.of("bridge"), List.of(), REPS, list(2, 2),
                List.of()), VOCABULARY)).containsExactly(new Violation("progressionCodes[0]", "an exercise cannot link to itself"));
    }

    @Test
    void aDosageMustSayHowMuch() {
        ExerciseSource.Dosage none = new ExerciseSource.Dosage(3, null, null, null, text("Daily"), text("Some"));
        assertThat(fields(ContentValidator.validate(exercise("bridge", List.of(), List.of(), none, list(2, 2),
                List.of()), VOCABULARY))).containsExactly("dosage");
        ExerciseSource.Dosage minutes = new ExerciseSource.Dosage(null, null, null, 20, text("Daily"), text("20 min"));
        assertThat(ContentValidator.validate(exercise("bridge", List.of(), List.of(), minutes, list(2, 2), List.of()),
                VOCABULARY)).isEmpty();
    }

    @Test
    void bilingualListsMatchItemByItemAndHaveTheirLeastLength() {
        assertThat(ContentValidator.validate(exercise("bridge", List.of(), List.of(), REPS, list(2, 3), List.of()),
                VOCABULARY)).containsExactly(new Violation("steps.es", "must have as many items as the English list"));
        assertThat(fields(ContentValidator.validate(exercise("bridge", List.of(), List.of(), REPS, list(1, 1),
                List.of()), VOCABULARY))).containsExactly("steps.en", "steps.es");
    }

    @Test
    void conditionsCiteOnlyFindingsAndRedFlagsOfTheModelAndKnownExercises() {
        ConditionSource condition = new ConditionSource("hip-osteoarthritis", text("OA"), "hip", false, text("d"),
                text("p"), List.of("pain.groin", "pain.elbow"), List.of("M16.9"), List.of(), null,
                List.of("hip-mobility"), List.of("bridge", "juggling"), List.of("redflag.fever", "redflag.unknown"),
                List.of("Seed"));
        assertThat(ContentValidator.validate(condition, VOCABULARY)).containsExactly(
                new Violation("distinguishingFindings[1]", "is not a finding code of the clinical model"),
                new Violation("exercisesToAvoid[1]", "is not a known exercise code"),
                new Violation("redFlagCodes[1]", "is not a red-flag code (redflag.*) of the clinical model"));
    }

    @Test
    void aNullCodeInALinkListIsAViolationNamingItsIndexNotA500() {
        // the fuzzer sent "distinguishingFindings": [null, ...] and got a 500 (NullPointerException)
        ConditionSource condition = new ConditionSource("hip-osteoarthritis", text("OA"), "hip", false, text("d"),
                text("p"), java.util.Arrays.asList(null, "pain.groin"), List.of("M16.9"), List.of(), null,
                List.of("hip-mobility"), java.util.Arrays.asList("bridge", null), java.util.Arrays.asList((String) null),
                List.of("Seed"));
        assertThat(ContentValidator.validate(condition, VOCABULARY)).containsExactly(
                new Violation("distinguishingFindings[0]", "is not a finding code of the clinical model"),
                new Violation("exercisesToAvoid[1]", "is not a known exercise code"),
                new Violation("redFlagCodes[0]", "is not a red-flag code (redflag.*) of the clinical model"));
    }

    @Test
    void educationNeedsABodyInBothLanguagesAndKnownConditions() {
        EducationSource topic = new EducationSource("posture", text("Posture"), "patient", text("s"), list(0, 0),
                List.of("hip-osteoarthritis", "hip-pain"), List.of());
        assertThat(fields(ContentValidator.validate(topic, VOCABULARY)))
                .containsExactly("body.en", "body.es", "conditionCodes[1]");
    }

    @Test
    void spanishInTheTuRegisterIsRefusedByFieldPathWhereverItSits() {
        ExerciseSource.Dosage dosage = new ExerciseSource.Dosage(3, 12, null, null,
                new LocalizedText("Daily", "A tu ritmo"), text("3x12"));
        // Built with the shared helper, so a new exercise field does not break this test.
        ExerciseSource e = exercise("bridge", List.of(), List.of(), dosage,
                new LocalizedList(List.of("Lie down", "Lift"), List.of("Túmbese", "Túmbate y sube")), List.of());
        List<Violation> v = ContentValidator.validate(e, VOCABULARY);
        assertThat(fields(v)).containsExactly("steps.es[1]", "dosage.frequency.es");
        assertThat(v.getFirst().message()).startsWith("uses the tú register (túmbate)");
        // The usted register, and "tu" inside longer words, pass.
        EducationSource usted = new EducationSource("posture", new LocalizedText("Posture", "Postura"), "patient",
                new LocalizedText("Sit", "Túmbese tumbado y actúe con calma si le duele la parte baja"),
                list(1, 1), List.of(), List.of());
        assertThat(ContentValidator.validate(usted, VOCABULARY)).isEmpty();
    }

    @Test
    void xmlInvalidCharactersAnywhereInATextAreNamedByFieldPath() {
        ExerciseSource e = new ExerciseSource("bridge", new LocalizedText("Bri\u0007dge", "Puente"), "hip-strengthening", "hip",
                list(1, 1), new LocalizedText("Lift", "Lev\uFFFE"), new LocalizedList(List.of("ok", "bad\uD800"), List.of("ok", "bien")),
                REPS, 2, List.of(), List.of(), List.of("mat"), list(0, 0),
                List.of(new ExerciseSource.Contraindication("hip-osteoarthritis", new LocalizedText("No\u001F", "No"))),
                List.of("hip-osteoarthritis"), List.of("Seed\u0000"));
        assertThat(ContentValidator.validate(e, VOCABULARY)).extracting(Violation::field).contains(
                "name.en", "summary.es", "steps.en[1]", "contraindications[0].text.en", "sources[0]");
    }

    @Test
    void tabsNewlinesAndOrdinaryUnicodeAreAllowed() {
        ExerciseSource e = new ExerciseSource("bridge", new LocalizedText("Bridge\tone\r\n", "Puente \uD83D\uDE00 ñ"), "hip-strengthening",
                "hip", list(1, 1), text("Lift"), list(2, 2), REPS, 2, List.of(), List.of(), List.of("mat"), list(0, 0), List.of(),
                List.of("hip-osteoarthritis"), List.of("Seed"));
        assertThat(ContentValidator.validate(e, VOCABULARY)).isEmpty();
    }
}
