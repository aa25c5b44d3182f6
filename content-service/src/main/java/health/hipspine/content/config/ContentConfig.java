package health.hipspine.content.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the release files live and whether start-up imports them. */
@ConfigMapping(prefix = "content")
public interface ContentConfig {

    /** Classpath folder of release.json and the per-kind files (conditions.json, exercises.json, education.json). */
    @WithDefault("content")
    String directory();

    /** Import the release files at start-up (after Flyway). Off only for tools that must not write. */
    @WithDefault("true")
    boolean importAtStart();
}
