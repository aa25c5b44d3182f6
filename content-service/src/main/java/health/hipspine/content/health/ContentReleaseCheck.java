package health.hipspine.content.health;

import health.hipspine.content.service.CatalogueService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once a content release has been imported: an empty catalogue must not take traffic. */
@Readiness
@ApplicationScoped
public class ContentReleaseCheck implements HealthCheck {

    private final CatalogueService catalogue;

    public ContentReleaseCheck(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public HealthCheckResponse call() {
        String release = catalogue.release();
        return HealthCheckResponse.named("content-release").status(!"unreleased".equals(release))
                .withData("release", release).build();
    }
}
