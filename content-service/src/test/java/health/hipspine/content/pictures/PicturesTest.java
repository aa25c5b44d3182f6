package health.hipspine.content.pictures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every exercise of the release has its own picture, a well-formed SVG, described in English and Spanish. */
class PicturesTest {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    static JsonNode exercises() throws IOException {
        return new ObjectMapper().readTree(resource("content/exercises.json")).path("records");
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = PicturesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(new String(svg, StandardCharsets.UTF_8))));
    }

    @Test
    void everyExerciseHasAnSvgPictureAndAltTextInEnglishAndSpanish() throws Exception {
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (JsonNode exercise : exercises()) {
            count++;
            String code = exercise.path("code").asText();
            JsonNode image = exercise.path("image");
            String en = image.path("alt").path("en").asText(""), es = image.path("alt").path("es").asText("");
            if (en.isBlank() || es.isBlank() || en.equals(es)) {
                problems.add(code + ": alt text must be given in both languages");
            }
            Document svg = parse(resource("content/pictures/" + image.path("file").asText("missing")));
            if (!"svg".equals(svg.getDocumentElement().getLocalName()) || !SVG_NS.equals(svg.getDocumentElement().getNamespaceURI())
                    || svg.getDocumentElement().getAttribute("viewBox").isBlank()) {
                problems.add(code + ": not an SVG document with a viewBox");
            }
            // No scripts or foreign content in a served image; no text (the PDFs would need its font embedded).
            for (String forbidden : List.of("script", "foreignObject", "text", "image")) {
                if (svg.getElementsByTagNameNS(SVG_NS, forbidden).getLength() > 0) {
                    problems.add(code + ": contains <" + forbidden + ">");
                }
            }
        }
        assertThat(count).isEqualTo(43);
        assertThat(problems).isEmpty();
    }

    @Test
    void theCommittedPicturesAreExactlyWhatThePoseModelDrawsAndNoTwoAreAlike() throws Exception {
        Set<String> codes = new HashSet<>();
        exercises().forEach(e -> codes.add(e.path("code").asText()));
        assertThat(PoseDrawings.codes()).containsExactlyInAnyOrderElementsOf(codes);
        Set<String> drawings = new HashSet<>();
        for (String code : PoseDrawings.codes()) {
            String committed = new String(resource("content/pictures/" + code + ".svg"), StandardCharsets.UTF_8);
            assertThat(committed).as(code + ".svg (regenerate with PoseDrawings.main)").isEqualTo(PoseDrawings.svg(code));
            drawings.add(committed);
        }
        assertThat(drawings).hasSize(codes.size());
    }
}
