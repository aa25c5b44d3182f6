package health.hipspine.model.language;

import health.hipspine.model.AssessmentInput;
import health.hipspine.model.ClinicalModel;
import health.hipspine.model.ModelResult;
import health.hipspine.model.Sex;
import health.hipspine.model.Finding;
import health.hipspine.model.Questionnaires;
import health.hipspine.model.Side;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result asked for in Spanish has every text in Spanish, the bracketed annotations of the evidence notes included
 * (cluster counts, the side, correlated findings), and exactly the numbers, codes and citations of the English one.
 */
class SpanishResultTest {

    // Sutlive's cluster on the left with groin pain (one correlated group) and back pain: annotations of both kinds
    private static final AssessmentInput HIP_OA = new AssessmentInput(66, Sex.FEMALE, List.of(
            new Finding("pain.groin", true, Side.LEFT), new Finding("aggravated.squatting", true, null),
            new Finding("test.hip-flexion-lateral-pain", true, Side.LEFT), new Finding("test.scour", true, Side.LEFT),
            new Finding("test.hip-extension-pain", true, Side.LEFT), new Finding("difficulty-socks-shoes", true, null),
            new Finding("rom.hip.internal-rotation", 15, Side.LEFT), new Finding("pain.low-back", true, null)),
            new Questionnaires(null, null, 5));

    @Test
    void everyTextIsSpanishAndTheNumbersAreTheEnglishOnes() {
        ModelResult en = ClinicalModel.standard().assess(HIP_OA, "en");
        ModelResult es = ClinicalModel.standard().assess(HIP_OA, "es");
        assertThat(es.language()).isEqualTo("es");

        List<String> enNotes = notes(en);
        List<String> esNotes = notes(es);
        assertThat(enNotes).anyMatch(n -> n.contains(" positive, left]"))
                .anyMatch(n -> n.contains("correlated findings; not multiplied with"));
        assertThat(esNotes).hasSameSizeAs(enNotes)
                .anyMatch(n -> n.contains(" positivos, lado izquierdo]"))
                .anyMatch(n -> n.contains("hallazgos correlacionados; no se multiplica por"))
                .noneMatch(n -> n.contains(" positive") || n.contains("strongest of") || n.contains("not recorded"));
        assertThat(esNotes.stream().flatMap(n -> SpanishRegister.tuForms(n).stream())).isEmpty();

        assertThat(es.triage().action()).isNotEqualTo(en.triage().action());
        assertThat(es.hipSpineSyndrome().rationale()).isNotEqualTo(en.hipSpineSyndrome().rationale());
        assertThat(texts(es.nextSteps().stream().map(ModelResult.NextStep::text)))
                .doesNotContainAnyElementsOf(texts(en.nextSteps().stream().map(ModelResult.NextStep::text)));
        assertThat(texts(es.warnings().stream().map(ModelResult.Warning::text)))
                .doesNotContainAnyElementsOf(texts(en.warnings().stream().map(ModelResult.Warning::text)));

        // only texts differ: every probability, LR, code and citation is the same
        assertThat(es.differential()).hasSameSizeAs(en.differential());
        for (int i = 0; i < en.differential().size(); i++) {
            ModelResult.DifferentialEntry e = en.differential().get(i);
            ModelResult.DifferentialEntry s = es.differential().get(i);
            assertThat(s.category()).isEqualTo(e.category());
            assertThat(s.probability()).isEqualTo(e.probability());
            assertThat(s.preTestProbability()).isEqualTo(e.preTestProbability());
            assertThat(s.preTestSource()).isEqualTo(e.preTestSource());
            assertThat(s.contributions()).extracting(ModelResult.Contribution::findingCode, ModelResult.Contribution::likelihoodRatio,
                    ModelResult.Contribution::source, ModelResult.Contribution::evidenceStatus)
                    .isEqualTo(e.contributions().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.findingCode(),
                            c.likelihoodRatio(), c.source(), c.evidenceStatus())).toList());
        }
        assertThat(es.nextSteps()).extracting(ModelResult.NextStep::code, ModelResult.NextStep::source)
                .isEqualTo(en.nextSteps().stream().map(n -> org.assertj.core.groups.Tuple.tuple(n.code(), n.source())).toList());
        assertThat(es.warnings()).extracting(ModelResult.Warning::code).isEqualTo(en.warnings().stream().map(ModelResult.Warning::code).toList());
    }

    @Test
    void textsNameFindingsAsCliniciansDoNeverByCode() {
        var catalogue = ClinicalModel.standard().catalogue();
        List<String> codes = Stream.of(catalogue.findings().stream().map(f -> f.code()),
                catalogue.clusters().stream().map(c -> c.code()),
                catalogue.correlatedGroups().stream().map(g -> g.code())).flatMap(s -> s).toList();
        for (String language : List.of("en", "es")) {
            ModelResult r = ClinicalModel.standard().assess(HIP_OA, language);
            List<String> texts = Stream.of(notes(r).stream(), r.warnings().stream().map(ModelResult.Warning::text),
                    r.nextSteps().stream().map(ModelResult.NextStep::text),
                    r.questionnaires().notScored().stream().map(n -> n.reason())).flatMap(s -> s).toList();
            // the evidence-caution, correlated-group and not-scored warnings are the ones that used to carry codes
            assertThat(r.warnings()).extracting(ModelResult.Warning::code)
                    .contains("warning.secondary-source", "warning.correlated-group", "warning.not-scored");
            for (String code : codes) {
                assertThat(texts).as(language + ": " + code).noneMatch(t -> t != null && t.contains(code));
            }
        }
        ModelResult es = ClinicalModel.standard().assess(HIP_OA, "es");
        assertThat(es.warnings()).extracting(ModelResult.Warning::text).anyMatch(t -> t.contains("Dolor inguinal"));
    }

    @Test
    void noMessageShowsATriageOrCategoryEnum() {
        var pattern = java.util.regex.Pattern.compile("\\b(EMERGENCY|URGENT|ROUTINE|EMERGENCIA|URGENTE|HIP_[A-Z_]+|LUMBAR_[A-Z_]+|SACROILIAC)\\b");
        ClinicalModel.standard().catalogue().messages().forEach(m -> m.text().texts().forEach((language, text) ->
                assertThat(pattern.matcher(text).find()).as(m.code() + " (" + language + "): " + text).isFalse()));
    }

    private static List<String> notes(ModelResult r) {
        return r.differential().stream().flatMap(d -> d.contributions().stream()).map(ModelResult.Contribution::evidenceNote).toList();
    }

    private static List<String> texts(Stream<String> s) {
        return s.toList();
    }
}
