package health.hipspine.content.service;

import health.hipspine.content.config.ContentConfig;
import health.hipspine.content.domain.ContentKind;
import health.hipspine.content.domain.ContentRules;
import health.hipspine.content.domain.ExerciseSource;
import health.hipspine.content.mapping.ContentMapper;
import health.hipspine.kit.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exercise pictures: SVG files in the release's {@code pictures/} folder (drawn by the test-time
 * generator {@code PoseDrawings}), named by each exercise's {@code image.file}. They ship with the release
 * like the JSON files, so they are read from the classpath once and kept.
 */
@ApplicationScoped
public class ExercisePictures {

    private final CatalogueService catalogue;
    private final ContentMapper mapper;
    private final String folder;
    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    public ExercisePictures(CatalogueService catalogue, ContentMapper mapper, ContentConfig config) {
        this.catalogue = catalogue;
        this.mapper = mapper;
        this.folder = config.directory() + "/pictures/";
    }

    /** The SVG of an exercise's picture; 404 when the code is unknown or the exercise has no picture. */
    public byte[] of(String code) {
        ExerciseSource exercise = (ExerciseSource) mapper.typed(ContentKind.EXERCISE,
                catalogue.get(ContentKind.EXERCISE, code).document);
        return Optional.ofNullable(exercise.image())
                .flatMap(image -> file(image.file()))
                .orElseThrow(() -> Problems.notFound("picture of exercise '" + code + "'"));
    }

    /** A picture file of the release, if there is one by this name (a plain name: no path can escape the folder). */
    public Optional<byte[]> file(String name) {
        if (name == null || !name.matches(ContentRules.PICTURE_FILE)) {
            return Optional.empty();
        }
        byte[] svg = loaded.get(name);
        if (svg == null) {
            svg = read(folder + name);
            if (svg != null) {
                loaded.put(name, svg);
            }
        }
        return Optional.ofNullable(svg);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
