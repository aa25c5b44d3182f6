package health.hipspine.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The content release's own exercise pictures and texts (content-service resources), for the sample event's plan. */
public final class CataloguePictures {

    public static final Path CONTENT = Path.of("..", "content-service", "src", "main", "resources", "content");
    /** The sample event's plan codes and the catalogue exercise each is drawn as. */
    public static final Map<String, String> DRAWN_AS = Map.of("hip-bridge", "bridge", "sciatic-nerve-glide", "sciatic-nerve-glide",
            "hip-flexor-stretch", "hip-flexor-stretch");

    private CataloguePictures() {
    }

    /** A picture file of the release, e.g. {@code bridge.svg}. */
    public static String svg(String file) {
        try {
            return Files.readString(CONTENT.resolve("pictures").resolve(file));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
