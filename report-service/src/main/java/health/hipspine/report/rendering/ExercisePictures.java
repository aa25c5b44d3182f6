package health.hipspine.report.rendering;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import health.hipspine.report.client.ExerciseDetails;
import org.w3c.dom.Element;

import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Exercise pictures for documents: each drawing (SVG from the content catalogue) is drawn once as a one-page vector
 * PDF, and every document embeds that page ({@code <img src="data:application/pdf;base64,...">}, which openhtmltopdf
 * imports as a form XObject). Drawing the SVG inside each document with Batik cost about 3 ms a picture, and its
 * Graphics2D objects have finalizers: each kept its whole document reachable until the finalizer thread ran, so
 * under load whole documents reached the old generation (docs/performance.md). A drawing without a usable size stays
 * SVG and is drawn per document, as before.
 */
final class ExercisePictures {

    private static final String PDF_DATA_URI = "data:application/pdf;base64,";
    /** SVG text to picture data URI; the catalogue has a few dozen drawings. */
    private static final Cache<String, String> AS_PDF = Caffeine.newBuilder().maximumSize(256).build();

    private ExercisePictures() {
    }

    /** The picture of an exercise as an {@code <img>} source, when the exercise has a picture and its alt text. */
    static Optional<String> dataUri(ExerciseDetails exercise) {
        return exercise.printableSvg().map(svg -> AS_PDF.get(svg, ExercisePictures::asPdf));
    }

    private static String asPdf(String svg) {
        String svgUri = ExerciseDetails.svgDataUri(svg);
        float[] size = size(svg);
        if (size == null) {
            return svgUri;
        }
        String w = String.format(Locale.ROOT, "%.2fpx", size[0]);
        String h = String.format(Locale.ROOT, "%.2fpx", size[1]);
        String page = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>@page { size: " + w + " " + h
                + "; margin: 0 } body { margin: 0 } img { display: block; width: " + w + "; height: " + h
                + " }</style></head><body><img src=\"" + svgUri + "\" alt=\"\"/></body></html>";
        try {
            return PDF_DATA_URI + Base64.getEncoder().encodeToString(PdfRenderer.untaggedPage(page));
        } catch (RuntimeException e) {
            // drawn per document instead: a report never fails for want of a picture
            return svgUri;
        }
    }

    /** Width and height in CSS pixels from the root's width and height (or its viewBox); null when neither is usable. */
    static float[] size(String svg) {
        Element root = ExerciseDetails.svgRoot(svg).orElse(null);
        if (root == null) {
            return null;
        }
        Float width = pixels(root.getAttribute("width"));
        Float height = pixels(root.getAttribute("height"));
        if (width != null && height != null) {
            return new float[] {width, height};
        }
        String[] viewBox = root.getAttribute("viewBox").trim().split("[\\s,]+");
        try {
            float w = viewBox.length == 4 ? Float.parseFloat(viewBox[2]) : 0;
            float h = viewBox.length == 4 ? Float.parseFloat(viewBox[3]) : 0;
            return w > 0 && h > 0 ? new float[] {w, h} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Float pixels(String length) {
        String value = length.trim();
        if (value.endsWith("px")) {
            value = value.substring(0, value.length() - 2);
        }
        try {
            float pixels = Float.parseFloat(value);
            return pixels > 0 ? pixels : null;
        } catch (NumberFormatException e) {
            return null; // empty, a percentage or another unit
        }
    }
}
