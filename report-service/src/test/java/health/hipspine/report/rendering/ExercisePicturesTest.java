package health.hipspine.report.rendering;

import health.hipspine.report.CataloguePictures;
import health.hipspine.report.client.ExerciseDetails;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each exercise drawing becomes a one-page vector PDF once, and looks in a document as Batik draws the SVG itself. */
class ExercisePicturesTest {

    private final PdfRenderer renderer = new PdfRenderer();

    private static ExerciseDetails exercise(String svg) {
        return new ExerciseDetails("bridge", "Bridge", "", List.of(), null, List.of(), "1", "Line drawing: a bridge.", null)
                .withImage(svg);
    }

    @Test
    void aCatalogueDrawingBecomesAOnePagePdfOfItsOwnSizeDrawnOnce() throws Exception {
        ExerciseDetails bridge = exercise(CataloguePictures.svg("bridge.svg"));
        String first = ExercisePictures.dataUri(bridge).orElseThrow();
        assertThat(first).startsWith("data:application/pdf;base64,");
        // the same drawing again (a fresh copy of its text, as a later catalogue read gives): the cached page
        ExerciseDetails again = exercise(new String(CataloguePictures.svg("bridge.svg").toCharArray()));
        assertThat(ExercisePictures.dataUri(again).orElseThrow()).isSameAs(first);
        try (PDDocument page = Loader.loadPDF(pdfBytes(first))) {
            assertThat(page.getNumberOfPages()).isEqualTo(1);
            PDRectangle size = page.getPage(0).getMediaBox();
            // width="200" height="134" CSS pixels = 150 x 100.5 pt
            assertThat(size.getWidth()).isCloseTo(150f, within(0.5f));
            assertThat(size.getHeight()).isCloseTo(100.5f, within(0.5f));
        }
    }

    @Test
    void theEmbeddedPageLooksLikeTheSvgDrawnInTheDocument() throws Exception {
        for (String file : List.of("bridge.svg", "sciatic-nerve-glide.svg", "hip-flexor-stretch.svg")) {
            ExerciseDetails exercise = exercise(CataloguePictures.svg(file));
            BufferedImage asSvg = raster(renderer.render(page(exercise.pictureDataUri().orElseThrow())));
            BufferedImage asPdf = raster(renderer.render(page(ExercisePictures.dataUri(exercise).orElseThrow())));
            int inked = 0;
            int different = 0;
            for (int y = 0; y < asSvg.getHeight(); y++) {
                for (int x = 0; x < asSvg.getWidth(); x++) {
                    int a = asSvg.getRGB(x, y);
                    if (grey(a) < 200) {
                        inked++;
                    }
                    if (Math.abs(grey(a) - nearest(asPdf, x, y, grey(a))) > 64) {
                        different++;
                    }
                }
            }
            assertThat(inked).as(file + ": the drawing is there").isGreaterThan(2_000);
            // the page may sit a fraction of a pixel off (its size in points is rounded); the drawing itself may not differ
            assertThat(different).as(file + ": pixels that differ, of " + inked + " inked").isLessThan(inked / 50);
        }
    }

    @Test
    void aDrawingWithoutASizeStaysSvg() {
        ExerciseDetails unsized = exercise("<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M0 0 L10 10\" stroke=\"#000\"/></svg>");
        assertThat(ExercisePictures.dataUri(unsized)).contains(unsized.pictureDataUri().orElseThrow());
    }

    /** A page with the picture where the clinician report puts it (40 mm wide), as PDF/A-2a + UA like every document. */
    private static String page(String src) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>Picture</title><style>@page { size: A4; margin: 10mm }"
                + " img { width: 120mm; height: 80.4mm }</style></head><body><img src=\"" + src + "\" alt=\"A drawing\"/></body></html>";
    }

    private static BufferedImage raster(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, 72);
        }
    }

    private static byte[] pdfBytes(String dataUri) {
        return Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
    }

    /** The grey level within one pixel of (x, y) in the image closest to the wanted one. */
    private static int nearest(BufferedImage image, int x, int y, int wanted) {
        int best = 255 * 2;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < image.getWidth() && ny < image.getHeight()) {
                    int g = grey(image.getRGB(nx, ny));
                    if (Math.abs(g - wanted) < Math.abs(best - wanted)) {
                        best = g;
                    }
                }
            }
        }
        return best;
    }

    private static int grey(int rgb) {
        return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
    }
}
