package health.hipspine.assessment.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import health.hipspine.assessment.service.ExercisePrescription.Catalogue;
import health.hipspine.assessment.service.ExercisePrescription.Level;
import health.hipspine.assessment.service.ExercisePrescription.Patient;
import health.hipspine.contract.content.ExerciseView;
import health.hipspine.events.AssessmentResult.ExercisePlan;
import health.hipspine.events.AssessmentResult.ExercisePlanItem;
import health.hipspine.events.AssessmentResult.ExerciseWatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan a physiotherapist would expect for each textbook presentation, built from the real content files
 * (content-service/src/main/resources/content), so a data change that breaks a plan fails here. The content
 * service's reads are imitated: English texts, and a condition's exercises are those listing its code.
 */
class ExercisePrescriptionTest {

    static final Path CONTENT = Path.of("..", "content-service", "src", "main", "resources", "content");
    static final ObjectMapper JSON = new ObjectMapper();
    static List<ExerciseView> exercises;
    static List<ExerciseView> spanishExercises;
    static Map<String, List<String>> toAvoid;

    @BeforeAll
    static void readTheRealCatalogue() throws IOException {
        exercises = new ArrayList<>();
        spanishExercises = new ArrayList<>();
        for (JsonNode record : JSON.readTree(CONTENT.resolve("exercises.json").toFile()).get("records")) {
            exercises.add(JSON.treeToValue(english(record.deepCopy()), ExerciseView.class));
            spanishExercises.add(JSON.treeToValue(in(record.deepCopy(), "es"), ExerciseView.class));
        }
        toAvoid = new LinkedHashMap<>();
        for (JsonNode record : JSON.readTree(CONTENT.resolve("conditions.json").toFile()).get("records")) {
            List<String> avoid = new ArrayList<>();
            record.get("exercisesToAvoid").forEach(n -> avoid.add(n.asText()));
            toAvoid.put(record.get("code").asText(), avoid);
        }
    }

    /** Bilingual texts ({"en":..,"es":..}) become their English, as GET ?lang=en answers. */
    static JsonNode english(JsonNode node) {
        return in(node, "en");
    }

    /** Bilingual texts become their {@code language} text. */
    static JsonNode in(JsonNode node, String language) {
        if (node instanceof ObjectNode o) {
            if (o.size() == 2 && o.has("en") && o.has("es")) {
                return o.get(language);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
            List<String> names = new ArrayList<>();
            fields.forEachRemaining(f -> names.add(f.getKey()));
            names.forEach(n -> o.set(n, in(o.get(n), language)));
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, in(a.get(i), language));
            }
        }
        return node;
    }

    static ExercisePlan plan(Patient patient, List<String> recommended, String... otherLikely) {
        Map<String, List<ExerciseView>> pages = new LinkedHashMap<>();
        for (String condition : recommended) {
            pages.put(condition, exercises.stream().filter(e -> e.conditionCodes().contains(condition)).toList());
        }
        List<String> likely = new ArrayList<>(recommended);
        likely.addAll(List.of(otherLikely));
        return ExercisePrescription.plan(recommended, likely, patient, new Catalogue(pages, toAvoid));
    }

    static List<String> codes(ExercisePlan plan) {
        return plan.items().stream().map(ExercisePlanItem::exerciseCode).toList();
    }

    static ExercisePlanItem item(ExercisePlan plan, String code) {
        return plan.items().stream().filter(i -> i.exerciseCode().equals(code)).findFirst().orElseThrow();
    }

    static final Patient ADULT = new Patient(55, 5, null);
    static final Patient SIXTIES = new Patient(66, 5, null);
    /** A citation: an author or body and a four-digit year. */
    static final String CITED = ".*\\b(NICE|OARSI|LEAP|Pua|Stuge|Whitman|Mellor|Bannuru|Offierski)\\b.*\\b(19|20)\\d\\d\\b.*";

    /** What every plan must hold whatever the presentation. */
    static ExercisePlan wellFormed(ExercisePlan plan) {
        assertThat(plan.complete()).isTrue();
        assertThat(plan.items()).isNotEmpty().hasSizeLessThanOrEqualTo(ExercisePrescription.MAX_ITEMS);
        assertThat(plan.items()).allSatisfy(i -> {
            assertThat(i.dosage()).isNotBlank().isNotEqualTo("as prescribed by the therapist");
            assertThat(i.phase()).isIn("mobility", "strength", "function");
            assertThat(i.why()).contains(i.source());
            assertThat(i.conditionCode()).isNotBlank();
        });
        List<Integer> phases = plan.items().stream().map(i -> ExercisePrescription.PHASES.indexOf(i.phase())).toList();
        assertThat(phases).as("mobility, then strength, then function").isSorted();
        return plan;
    }

    static List<String> watched(ExercisePlanItem item) {
        return item.watch().stream().map(ExerciseWatch::conditionCode).toList();
    }

    @Test
    void hipOsteoarthritisGetsAStrengtheningSetAndWalkingInClinicalSequenceCitingNiceAndOarsi() {
        ExercisePlan plan = wellFormed(plan(SIXTIES, List.of("hip-osteoarthritis")));
        assertThat(codes(plan)).containsExactly("supine-heel-slide", "bridge", "squat", "walking", "single-leg-stance");
        assertThat(plan.items()).allSatisfy(i -> assertThat(i.why()).matches(CITED).contains("NICE NG226 2022", "Bannuru 2019"));
        assertThat(plan.note()).contains("walking or cycling");
    }

    @Test
    void hipOsteoarthritisWithImpingementAlsoLikelyKeepsSquatsAndCyclingWithWhatToWatch() {
        // FAI used to strip squats and cycling from an OA plan: they only need a shallower depth or a higher saddle
        ExercisePlan plan = wellFormed(plan(SIXTIES, List.of("hip-osteoarthritis", "femoroacetabular-impingement")));
        assertThat(codes(plan)).contains("squat", "bridge").containsAnyOf("walking", "cycling");
        assertThat(watched(item(plan, "squat"))).containsExactly("femoroacetabular-impingement");
        assertThat(item(plan, "squat").watch().get(0).text()).contains("depth");
        assertThat(codes(plan)).doesNotContain("frog-stretch", "knee-to-chest"); // contraindicated / to avoid in FAI
    }

    @Test
    void gtpsStartsWithIsometricLoadingProgressesToFunctionAndAvoidsCompressiveStretches() {
        ExercisePlan plan = wellFormed(plan(ADULT, List.of("greater-trochanteric-pain-syndrome")));
        assertThat(codes(plan)).containsExactly("isometric-hip-abduction", "side-lying-hip-abduction", "bridge", "walking", "step-up");
        assertThat(codes(plan)).doesNotContain("piriformis-stretch", "lateral-lunge", "single-leg-deadlift");
        // once contraindicated in its own target condition: now given, with what to watch
        assertThat(item(plan, "side-lying-hip-abduction").watch().get(0).text()).contains("compresses the gluteal tendons");
        assertThat(watched(item(plan, "step-up"))).containsExactly("greater-trochanteric-pain-syndrome");
        assertThat(plan.items()).allSatisfy(i -> assertThat(i.why()).contains("LEAP, Mellor 2018"));
        assertThat(plan.note()).contains("education", "crossing the legs");
    }

    @Test
    void youngFitImpingementGetsProgressionsAndCoreAndSaysTheEvidenceIsWeak() {
        ExercisePlan plan = wellFormed(plan(new Patient(32, 2, null), List.of("femoroacetabular-impingement")));
        assertThat(codes(plan)).containsExactly("quadruped-rock-back", "clamshell", "bridge", "dead-bug", "walking");
        ExercisePlanItem rockBack = item(plan, "quadruped-rock-back");
        assertThat(rockBack.adaptedFrom()).isEqualTo("supine-heel-slide");
        assertThat(watched(rockBack)).containsExactly("femoroacetabular-impingement");
        assertThat(codes(plan)).doesNotContain("frog-stretch", "knee-to-chest", "childs-pose");
        assertThat(plan.items()).allSatisfy(i -> assertThat(i.why()).contains("status U"));
        assertThat(plan.note()).contains("Harder versions");
    }

    @Test
    void lumbarRadiculopathyGetsNerveGlidingCoreAndWalkingAndNoForwardFoldsOrLoadedHinging() {
        ExercisePlan plan = wellFormed(plan(ADULT, List.of("lumbar-disc-herniation-radiculopathy")));
        assertThat(codes(plan)).containsExactly("sciatic-nerve-glide", "abdominal-bracing", "bird-dog", "walking", "hip-hinge-drill");
        assertThat(codes(plan)).doesNotContain("standing-forward-fold", "seated-forward-bend", "double-leg-deadlift",
                "knee-to-chest", "childs-pose");
        assertThat(plan.items()).allSatisfy(i -> assertThat(i.why()).matches(CITED).contains("NICE NG59 2016", "status S"));
    }

    @Test
    void stenosisGetsFlexionBiasedWorkAndCyclingAndNoExtension() {
        ExercisePlan plan = wellFormed(plan(new Patient(70, 5, null), List.of("lumbar-spinal-stenosis")));
        assertThat(codes(plan)).containsExactly("knee-to-chest", "posterior-pelvic-tilt", "dead-bug", "bridge", "cycling");
        assertThat(codes(plan)).doesNotContain("standing-backward-lean", "prone-press-up", "walking");
        assertThat(item(plan, "cycling").why()).contains("Pua 2007");
    }

    @Test
    void sacroiliacPainGetsStabilisingExerciseCitingStugeAndSaysSijEvidenceIsMissing() {
        ExercisePlan plan = wellFormed(plan(ADULT, List.of("sacroiliac-joint-pain")));
        assertThat(codes(plan)).containsExactly("diaphragmatic-breathing", "bird-dog", "bridge", "dead-bug", "single-leg-stance");
        assertThat(plan.items()).allSatisfy(i -> assertThat(i.why()).contains("Stuge 2004", "status U"));
        assertThat(codes(plan)).doesNotContain("prone-press-up");
    }

    @Test
    void hipSpineSyndromeGetsExercisesForTheHipAndForTheLumbarSpineWithinSix() {
        ExercisePlan plan = wellFormed(plan(SIXTIES, List.of("hip-osteoarthritis", "lumbar-facet-joint-pain",
                "lumbar-muscle-strain", "anterior-pelvic-tilt", "hip-spine-syndrome")));
        assertThat(codes(plan)).containsExactly("cat-cow", "supine-heel-slide", "bridge", "bird-dog", "squat", "walking");
        assertThat(plan.items()).extracting(ExercisePlanItem::conditionCode)
                .contains("hip-osteoarthritis", "lumbar-facet-joint-pain");
        assertThat(codes(plan)).doesNotContain("standing-backward-lean", "prone-press-up"); // facet: avoid extension
        assertThat(codes(plan)).as("one aerobic exercise is enough").doesNotContain("cycling");
    }

    @Test
    void hipSpineSyndromeAloneStillCoversTheHipAndTheBack() {
        ExercisePlan plan = wellFormed(plan(ADULT, List.of("hip-spine-syndrome")));
        List<String> regions = plan.items().stream()
                .map(i -> exercises.stream().filter(e -> e.code().equals(i.exerciseCode())).findFirst().orElseThrow().region())
                .toList();
        assertThat(regions).contains("hip", "core");
        assertThat(plan.items()).allSatisfy(i -> assertThat(i.why()).contains("Offierski", "status U"));
    }

    @Test
    void nonSpecificLowBackPainGetsAnExerciseProgrammeAndGroupExercisePerNiceNg59() {
        ExercisePlan plan = wellFormed(plan(ADULT, List.of("lumbar-facet-joint-pain", "lumbar-muscle-strain", "anterior-pelvic-tilt")));
        assertThat(codes(plan)).containsExactly("cat-cow", "posterior-pelvic-tilt", "bird-dog", "bridge", "walking");
        assertThat(plan.note()).contains("group exercise", "NICE NG59 2016");
        assertThat(codes(plan)).doesNotContain("standing-backward-lean", "prone-press-up");
    }

    @Test
    void anOlderFrailPatientInHighPainGetsTheRegressionsNotTheStandardExercises() {
        ExercisePlan plan = wellFormed(plan(new Patient(82, 8, true), List.of("hip-osteoarthritis")));
        assertThat(codes(plan)).containsExactly("supine-heel-slide", "gluteal-set", "walking", "sit-to-stand", "single-leg-stance");
        assertThat(codes(plan)).doesNotContain("bridge", "squat");
        assertThat(item(plan, "gluteal-set").adaptedFrom()).isEqualTo("bridge");
        assertThat(item(plan, "sit-to-stand").adaptedFrom()).isEqualTo("squat");
        assertThat(item(plan, "gluteal-set").why()).contains("easier version of Bridge", "age 75 or over", "pain 8/10", "frailty");
        assertThat(plan.note()).contains("Easier versions", "product rule");
    }

    @Test
    void inSpanishThePlanIsTheSameWithSpanishWordsAndTheSameCitations() {
        Patient patient = new Patient(82, 8, true);
        ExercisePlan en = plan(patient, List.of("hip-osteoarthritis"));
        ExercisePlan es = ExercisePrescription.plan(List.of("hip-osteoarthritis"), List.of("hip-osteoarthritis"), patient,
                new Catalogue(Map.of("hip-osteoarthritis", spanishExercises.stream()
                        .filter(e -> e.conditionCodes().contains("hip-osteoarthritis")).toList()), toAvoid,
                        Map.of("hip-osteoarthritis", "Artrosis de cadera")), PlanWording.SPANISH);
        assertThat(codes(es)).isEqualTo(codes(en));
        assertThat(es.items()).extracting(ExercisePlanItem::source).isEqualTo(en.items().stream().map(ExercisePlanItem::source).toList());
        assertThat(item(es, "gluteal-set").why()).startsWith("Artrosis de cadera: el ejercicio terapéutico")
                .contains("(NICE NG226 2022; OARSI, Bannuru 2019)", "versión más fácil de «Puente de glúteos» por 75 años o más, dolor de 8/10, fragilidad");
        assertThat(item(es, "gluteal-set").dosage()).isNotEqualTo(item(en, "gluteal-set").dosage());
        assertThat(es.note()).startsWith("Ejercicios para Artrosis de cadera, en el orden movilidad, fuerza, función; como máximo 6")
                .contains("Se eligieron versiones más fáciles");
        assertThat(ExercisePrescription.dosage(new ExerciseView.Dosage(2, 15, 5, null, "a diario", null), PlanWording.SPANISH))
                .isEqualTo("2 series, 15 repeticiones, mantener 5 s, a diario");
        assertThat(ExercisePrescription.dosage(null, PlanWording.SPANISH)).isEqualTo("según indique el fisioterapeuta");
    }

    @Test
    void highPainAloneOrAgeAloneRegressesAndTheBoundariesAreTheDocumentedOnes() {
        assertThat(new Patient(74, 6, null).level()).isEqualTo(Level.STANDARD);
        assertThat(new Patient(75, null, null).level()).isEqualTo(Level.REGRESSED);
        assertThat(new Patient(40, 7, null).level()).isEqualTo(Level.REGRESSED);
        assertThat(new Patient(40, 5, false).level()).isEqualTo(Level.STANDARD);
        assertThat(new Patient(59, 3, null).level()).isEqualTo(Level.PROGRESSED);
        assertThat(new Patient(59, null, null).level()).as("no pain score: not known to be fit").isEqualTo(Level.STANDARD);
        assertThat(codes(plan(new Patient(40, 7, null), List.of("hip-osteoarthritis")))).contains("gluteal-set").doesNotContain("bridge");
    }

    @Test
    void threeLikelySourcesShareTheSixSlotsAndHipOsteoarthritisKeepsStrengthAndAerobicWork() {
        ExercisePlan plan = wellFormed(plan(SIXTIES, List.of("hip-osteoarthritis", "lumbar-spinal-stenosis", "sacroiliac-joint-pain")));
        assertThat(plan.items()).hasSize(6);
        assertThat(plan.items()).extracting(ExercisePlanItem::conditionCode)
                .contains("hip-osteoarthritis", "lumbar-spinal-stenosis", "sacroiliac-joint-pain");
        assertThat(plan.items()).filteredOn(i -> i.conditionCode().equals("hip-osteoarthritis"))
                .extracting(ExercisePlanItem::exerciseCode).contains("bridge");
        assertThat(codes(plan)).containsAnyOf("walking", "cycling");
        assertThat(codes(plan)).as("stenosis likely: no extension").doesNotContain("standing-backward-lean", "prone-press-up");
    }

    @Test
    void aRedFlagConditionAmongTheLikelyOnesStillExcludesWhatItContraindicates() {
        // the model adds red-flag conditions to the likely ones: their contraindications and avoid lists count
        ExercisePlan plan = plan(ADULT, List.of("lumbar-facet-joint-pain"), "lumbar-spinal-stenosis");
        assertThat(codes(plan)).doesNotContain("standing-backward-lean", "prone-press-up");
        assertThat(plan.items()).allSatisfy(i -> assertThat(i.watch()).allSatisfy(
                w -> assertThat(w.conditionCode()).isIn("lumbar-facet-joint-pain", "lumbar-spinal-stenosis")));
    }
}
