package health.hipspine.report.client;

import health.hipspine.contract.content.ExerciseView;

import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The part of a content-service exercise ({@link ExerciseView}) that reports print. {@code imageAlt} is set when
 * the exercise has a picture, {@code imageSvg} once the picture itself was fetched ({@link #withImage}).
 */
public record ExerciseDetails(
        String code,
        String name,
        String summary,
        List<String> steps,
        Dosage dosage,
        List<String> precautions,
        String version,
        String imageAlt,
        String imageSvg) {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    /** An exercise without a picture. */
    public ExerciseDetails(String code, String name, String summary, List<String> steps, Dosage dosage,
                           List<String> precautions, String version) {
        this(code, name, summary, steps, dosage, precautions, version, null, null);
    }

    public record Dosage(Integer sets, Integer reps, Integer holdSeconds, String frequency, String text) {
    }

    /** The printed part of an exercise as the content service serves it. */
    public static ExerciseDetails of(ExerciseView exercise) {
        ExerciseView.Dosage dosage = exercise.dosage();
        return new ExerciseDetails(exercise.code(), exercise.name(), exercise.summary(), exercise.steps(),
                dosage == null ? null
                        : new Dosage(dosage.sets(), dosage.reps(), dosage.holdSeconds(), dosage.frequency(), dosage.text()),
                exercise.precautions(), String.valueOf(exercise.version()),
                exercise.imageUrl() == null || exercise.imageAlt() == null || exercise.imageAlt().isBlank() ? null
                        : exercise.imageAlt(), null);
    }

    /** Whether the catalogue says the exercise has a picture (worth fetching). */
    public boolean hasPicture() {
        return imageAlt != null;
    }

    /**
     * The same exercise with its picture's SVG. A document that is not well-formed SVG is left out: the renderer
     * would fail the whole PDF on it, and a report must never fail for want of a picture.
     */
    public ExerciseDetails withImage(String svg) {
        return svgRoot(svg).isPresent() ? new ExerciseDetails(code, name, summary, steps, dosage, precautions, version, imageAlt, svg)
                : this;
    }

    /** The root {@code <svg>} element of a well-formed SVG document (no DOCTYPE allowed); empty for anything else. */
    public static Optional<Element> svgRoot(String svg) {
        if (svg == null || svg.isBlank()) {
            return Optional.empty();
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
            return "svg".equals(root.getLocalName()) && SVG_NAMESPACE.equals(root.getNamespaceURI()) ? Optional.of(root)
                    : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The picture's SVG, when both the picture and its alt text are at hand (what a document may print). */
    public Optional<String> printableSvg() {
        return imageAlt == null || imageSvg == null || imageSvg.isBlank() ? Optional.empty() : Optional.of(imageSvg);
    }

    /** The picture as a data URI for an {@code <img>}, when both the picture and its alt text are at hand. */
    public Optional<String> pictureDataUri() {
        return printableSvg().map(ExerciseDetails::svgDataUri);
    }

    /** An SVG document as a data URI for an {@code <img>}. */
    public static String svgDataUri(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    public List<String> stepsOrEmpty() {
        return steps == null ? List.of() : steps;
    }

    public List<String> precautionsOrEmpty() {
        return precautions == null ? List.of() : precautions;
    }
}
