package health.hipspine.content.service;

import health.hipspine.content.config.ContentConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Imports the release files once Flyway has migrated the schema, before the service takes traffic. */
@ApplicationScoped
public class ImportAtStartup {

    private final ContentImport contentImport;
    private final ContentConfig config;

    public ImportAtStartup(ContentImport contentImport, ContentConfig config) {
        this.contentImport = contentImport;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.importAtStart()) {
            contentImport.importRelease();
        }
    }
}
