package health.hipspine.report.rendering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.report.CataloguePictures;
import health.hipspine.report.PdfChecks;
import health.hipspine.report.SampleEvents;
import health.hipspine.report.client.ContentLookup;
import health.hipspine.report.client.ExerciseDetails;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exercise pictures in the documents: each planned exercise's drawing, tagged as a Figure whose alternate
 * text is the catalogue's description in the document's language, and the PDFs still PDF/A-2a and PDF/UA-1.
 * The pictures and descriptions are the content release's own files (content-service resources).
 */
class ExercisePicturesPdfTest {

    private final DocumentFactory documents = new DocumentFactory();

    /** The catalogue as the content service serves it: texts, the alt text in the asked language, the picture. */
    static final ContentLookup CATALOGUE = catalogue(true);

    static ContentLookup catalogue(boolean withSvg) {
        JsonNode records;
        try {
            records = new ObjectMapper().readTree(CataloguePictures.CONTENT.resolve("exercises.json").toFile()).path("records");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new ContentLookup() {
            @Override
            public Optional<ExerciseDetails> exercise(String code, String language) {
                String drawn = CataloguePictures.DRAWN_AS.get(code);
                for (JsonNode r : records) {
                    if (r.path("code").asText().equals(drawn)) {
                        ExerciseDetails details = new ExerciseDetails(code, r.path("name").path(language).asText(),
                                r.path("summary").path(language).asText(), List.of(r.path("steps").path(language).get(0).asText()),
                                new ExerciseDetails.Dosage(2, 10, null, "daily", r.path("dosage").path("text").path(language).asText()),
                                List.of(), "1", r.path("image").path("alt").path(language).asText(), null);
                        return Optional.of(withSvg ? details.withImage(CataloguePictures.svg(r.path("image").path("file").asText())) : details);
                    }
                }
                return Optional.empty();
            }

            @Override
            public Optional<String> findingName(String code, String language) {
                return Optional.empty();
            }
        };
    }

    static String alt(String code, String language) {
        return CATALOGUE.exercise(code, language).orElseThrow().imageAlt();
    }

    /** The alternate texts of the document's Figure structure elements, in reading order. */
    static List<String> figureAlts(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> alts = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
            return alts;
        }
    }

    private static void collect(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    alts.add(element.getAlternateDescription());
                }
                collect(element, alts);
            }
        }
    }

    private static void preview(String name, byte[] pdf) throws Exception {
        String dir = System.getProperty("report.preview.dir");
        if (dir != null) {
            Files.write(Path.of(dir, name), pdf);
        }
    }

    @Test
    void theHandoutShowsEachPictureWithItsSpanishOrEnglishAltTextAndStaysPdfA2aAndPdfUa1() throws Exception {
        for (String language : List.of("en", "es")) {
            byte[] pdf = documents.handoutPdf(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-4711", "ROUTINE"),
                    CATALOGUE, language, Instant.now());
            preview("handout-pictures-" + language + ".pdf", pdf);
            assertThat(figureAlts(pdf)).containsExactly(alt("hip-bridge", language), alt("sciatic-nerve-glide", language),
                    alt("hip-flexor-stretch", language));
            assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFA_2_A)).as(language).isEmpty();
            assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFUA_1)).as(language).isEmpty();
        }
        assertThat(alt("hip-bridge", "es")).startsWith("Dibujo lineal").isNotEqualTo(alt("hip-bridge", "en"));
    }

    @Test
    void theClinicianReportShowsEachPictureWithEnglishAltTextAndStaysPdfA2aAndPdfUa1() throws Exception {
        byte[] pdf = documents.clinicianPdf(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-4711"), CATALOGUE, 1,
                Instant.now());
        preview("clinician-pictures.pdf", pdf);
        assertThat(figureAlts(pdf)).containsExactly(alt("hip-bridge", "en"), alt("sciatic-nerve-glide", "en"),
                alt("hip-flexor-stretch", "en"));
        assertThat(PdfChecks.text(pdf)).contains("Bridge", "Sciatic nerve glide");
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void aPictureThatCouldNotBeFetchedLeavesTheTextAndNoFigure() throws Exception {
        byte[] pdf = documents.handoutPdf(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-4711", "ROUTINE"),
                catalogue(false), "es", Instant.now());
        assertThat(figureAlts(pdf)).isEmpty();
        assertThat(PdfChecks.text(pdf)).contains("Puente");
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void aBrokenPictureIsLeftOutAndNeverFailsTheDocument() throws Exception {
        ContentLookup broken = new ContentLookup() {
            @Override
            public Optional<ExerciseDetails> exercise(String code, String language) {
                return catalogue(false).exercise(code, language).map(d -> d.withImage("<svg xmlns=\"http://www.w3.org/2000/svg\"><path d="));
            }

            @Override
            public Optional<String> findingName(String code, String language) {
                return Optional.empty();
            }
        };
        byte[] pdf = documents.handoutPdf(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-4711", "ROUTINE"),
                broken, "en", Instant.now());
        assertThat(figureAlts(pdf)).isEmpty();
        assertThat(PdfChecks.text(pdf)).contains("Bridge", "Sciatic nerve glide");
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }
}
