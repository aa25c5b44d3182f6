package health.hipspine.report.rendering;

import health.hipspine.report.SampleEvents;
import health.hipspine.report.content.ContentLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ClinicianReportPdfTest {

    private final DocumentFactory documents = new DocumentFactory();

    @Test
    void urgentReportShowsBannerActionTriageAndTopCategory() throws Exception {
        byte[] pdf = documents.clinicianPdf(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-4711"), ContentLookup.NONE, 1, Instant.now());
        String dir = System.getProperty("report.preview.dir");
        if (dir != null) {
            Files.write(Path.of(dir, "clinician.pdf"), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("PT-4711", "URGENT", "Hip, intra-articular", "Bridge", "Sciatic nerve glide",
                    "supports and does not replace clinical judgement");
            assertThat(doc.getNumberOfPages()).isBetween(2, 3);
        }
    }
}
