package health.hipspine.report.rendering;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The cut-down fonts (fonts/README.md) keep what our texts need and nothing that costs every render. */
class EmbeddedFontsTest {

    @ParameterizedTest
    @ValueSource(strings = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"})
    void eachFontMapsOurCharactersAndHasNoGlyphSubstitutionTable(String file) throws Exception {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file);
             TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            // PDFBox 3 runs its GSUB engine (regular expressions built per string) over all text drawn with a font that
            // has the table: a third of each render's allocation when the fonts still carried it
            assertThat(font.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
            var cmap = font.getUnicodeCmapLookup();
            for (int codePoint : "AZaz09ñÑáéíóúüÁÉÍÓÚ¿¡–—→≤≥≈−•·±°%".codePoints().toArray()) {
                assertThat(cmap.getGlyphId(codePoint)).as("U+%04X in %s", codePoint, file).isPositive();
            }
        }
    }
}
