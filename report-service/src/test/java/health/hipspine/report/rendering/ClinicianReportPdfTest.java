package health.hipspine.report.rendering;

import health.hipspine.report.PdfChecks;
import health.hipspine.report.SampleEvents;
import health.hipspine.report.client.ContentLookup;
import health.hipspine.report.client.ExerciseDetails;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The documents themselves, rendered without the service: content, standards, fallbacks. */
class ClinicianReportPdfTest {

    private final DocumentFactory documents = new DocumentFactory();

    /** A catalogue that knows one exercise and one finding, as the content service would answer. */
    static final ContentLookup CATALOGUE = new ContentLookup() {
        @Override
        public Optional<ExerciseDetails> exercise(String code, String language) {
            if (!code.equals("hip-bridge")) {
                return Optional.empty();
            }
            return Optional.of(new ExerciseDetails("hip-bridge", "es".equals(language) ? "Puente de glúteos" : "Glute bridge",
                    "Strengthens the buttock muscles.", List.of("Lie on your back, knees bent.", "Lift your hips, hold, lower slowly."),
                    new ExerciseDetails.Dosage(2, 10, 3, "daily", "2 sets of 10, hold 3 s"), List.of("Keep the movement pain-free."), "1"));
        }

        @Override
        public Optional<String> findingName(String code, String language) {
            return code.equals("test.fadir") ? Optional.of("FADIR (flexion, adduction, internal rotation)") : Optional.empty();
        }
    };

    private static void preview(String name, byte[] pdf) throws Exception {
        String dir = System.getProperty("report.preview.dir");
        if (dir != null) {
            Files.write(Path.of(dir, name), pdf);
        }
    }

    @Test
    void urgentReportShowsBannerActionTriageTopCategoryExercisesAndDisclaimerOnTwoToThreePages() throws Exception {
        byte[] pdf = documents.clinicianPdf(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-4711"), CATALOGUE, 1, Instant.now());
        preview("clinician.pdf", pdf);
        String text = PdfChecks.text(pdf);
        assertThat(text).contains("PT-4711", "URGENT", "Action: Arrange same-week medical review", "Hip joint (intra-articular)",
                "Glute bridge", "Sciatic nerve glide", "FADIR (flexion, adduction, internal rotation)", "Sutlive 2008",
                "Hip-spine syndrome suspected", "Oswestry", "supports and does not replace clinical judgement",
                "Model version: model-1.0.0", "Page 1 of");
        assertThat(PdfChecks.pages(pdf)).isBetween(2, 3);
    }

    @Test
    void routineReportHasNoRedFlagAction() {
        byte[] pdf = documents.clinicianPdf(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-1", "ROUTINE"), CATALOGUE, 1, Instant.now());
        assertThat(PdfChecks.text(pdf)).contains("Routine: no red flags reported").doesNotContain("red flags present");
    }

    @Test
    void theReportPrintsHoos12AndEachChangeAgainstItsPublishedThreshold() {
        byte[] pdf = documents.clinicianPdf(SampleEvents.withOutcomeMeasures(UUID.randomUUID(), "clinic-a", "PT-1"), CATALOGUE, 1, Instant.now());
        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("HOOS-12 Pain", "full-HOOS individual minimal detectable change of 26.2", "no published threshold",
                "Farrar 2001", "not scored");
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    @Test
    void clinicianReportConformsToPdfA2aAndPdfUa1() {
        byte[] pdf = documents.clinicianPdf(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-4711"), CATALOGUE, 1, Instant.now());
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void withoutTheCatalogueTheReportPrintsTheEventsExercisesAndSaysSo() {
        byte[] pdf = documents.clinicianPdf(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-4711"), ContentLookup.NONE, 1, Instant.now());
        assertThat(PdfChecks.text(pdf).replaceAll("\\s+", " ")).contains("Bridge", "2 sets of 10, daily", "could not be loaded from the content catalogue",
                "Phase: strength", "Watch: Keep the lift small if the groin pinches. (femoroacetabular impingement)");
    }

    @Test
    void spanishHandoutUsesSpanishWordsAndConformsToPdfA2aAndPdfUa1() throws Exception {
        byte[] pdf = documents.handoutPdf(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-4711", "ROUTINE"), CATALOGUE, "es",
                Instant.now());
        preview("handout-es.pdf", pdf);
        assertThat(PdfChecks.text(pdf)).contains("Su plan de ejercicios", "Puente de glúteos", "Cuándo pedir ayuda enseguida", "PT-4711");
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void englishHandoutExplainsEachExerciseInPlainWords() throws Exception {
        byte[] pdf = documents.handoutPdf(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-4711", "ROUTINE"), CATALOGUE, "en",
                Instant.now());
        preview("handout-en.pdf", pdf);
        assertThat(PdfChecks.text(pdf)).contains("Your exercise plan", "Glute bridge", "2 sets of 10, hold 3 s", "Lift your hips",
                "When to get help straight away");
    }

    @Test
    void anUrgentHandoutTellsThePatientWhereToGoAndHoldsTheExercises() throws Exception {
        byte[] pdf = documents.handoutPdf(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-4711", "URGENT"), CATALOGUE, "es",
                Instant.now());
        preview("handout-urgent-es.pdf", pdf);
        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Qué hacer ahora", SampleEvents.URGENT_ES, "pausa").doesNotContain("Puente de glúteos");
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void catalogueTextWithControlCharactersStillRendersBothDocumentsWithoutThem() {
        // U+0007 and U+0000 cannot appear in XML: before stripping, the renderer's parser refused the whole document
        ContentLookup bell = new ContentLookup() {
            @Override
            public Optional<ExerciseDetails> exercise(String code, String language) {
                return Optional.of(new ExerciseDetails(code, "Glute\u0007 bridge", "Strengthens\u0000 the buttocks.",
                        List.of("Lie on your back.\u001B"), new ExerciseDetails.Dosage(2, 10, 3, "daily", "2 sets\uFFFE of 10"),
                        List.of("Pain-free\uD800 only."), "1"));
            }

            @Override
            public Optional<String> findingName(String code, String language) {
                return Optional.of("FADIR\u0007");
            }
        };
        // ROUTINE: an URGENT handout puts the exercises on hold and prints none
        var event = SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-BEL", "ROUTINE");
        byte[] handout = documents.handoutPdf(event, bell, "en", Instant.now());
        byte[] report = documents.clinicianPdf(event, bell, 1, Instant.now());
        assertThat(PdfChecks.text(handout)).contains("Glute bridge", "Strengthens the buttocks.").doesNotContain("\u0007");
        assertThat(PdfChecks.text(report)).contains("Glute bridge", "FADIR");
    }
}
