package health.hipspine.report.rendering;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * Turns our XHTML into an archival, accessible PDF: PDF/A-2a (tagged) plus PDF/UA-1, sRGB output intent,
 * every glyph from an embedded DejaVu Sans subset, exercise pictures as vector drawings. Plain Java so the benchmark can use it without Quarkus.
 */
public final class PdfRenderer {

    /**
     * The only font family our templates use. The TTFs in resources are DejaVu Sans cut to Latin, Latin-1/Extended-A
     * and common punctuation (fonts/README.md): a tenth of the size, so parsing them per render is cheap.
     */
    public static final String FONT_FAMILY = "DejaVu Sans";

    static {
        // openhtmltopdf and PDFBox's XMP writer look up XML factories on every render; without these the
        // lookup scans the classpath each time (about 10 ms a document). The JDK's own implementations.
        System.getProperties().putIfAbsent("javax.xml.transform.TransformerFactory",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        System.getProperties().putIfAbsent("javax.xml.parsers.DocumentBuilderFactory",
                "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
        System.getProperties().putIfAbsent("javax.xml.parsers.SAXParserFactory",
                "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
        // openhtmltopdf printed seven INFO lines per render (timings, font loading) straight to stdout, outside the
        // JSON log: warnings and errors only
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private static final byte[] REGULAR = resource("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = resource("/fonts/DejaVuSans-Bold.ttf");
    private static final byte[] OBLIQUE = resource("/fonts/DejaVuSans-Oblique.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** The fonts' metrics (ascent, widths table offsets...), read once instead of per document; thread-safe. */
    private static final FSCacheEx<String, FSCacheValue> FONT_METRICS = new FSDefaultCacheStore();

    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useCacheStore(CacheStore.PDF_FONT_METRICS, FONT_METRICS);
            builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
            builder.usePdfUaAccessibility(true);
            builder.useColorProfile(SRGB);
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(OBLIQUE), FONT_FAMILY, 400, FontStyle.ITALIC, true);
            // Exercise pictures are SVG (<img src="data:image/svg+xml;base64,..." alt="...">), drawn as vectors by Batik;
            // the renderer tags each <img alt> as a Figure with that alternate text (PDF/UA 7.3).
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withProducer("Hip-Spine Navigator report-service");
            builder.withHtmlContent(xhtml, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                try (PDDocument document = renderer.createPDFKeepOpen()) {
                    // Without object streams: PDFBox's compression pool cost about a sixth of each render (profiled);
                    // page content streams stay Flate-compressed, so the file grows only a little.
                    document.save(out, CompressParameters.NO_COMPRESSION);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A plain page for embedding in documents (an exercise picture): no fonts, no tags, no PDF/A, the same
     * openhtmltopdf set-up otherwise. The document that embeds it carries the tags and the conformance.
     */
    static byte[] untaggedPage(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
