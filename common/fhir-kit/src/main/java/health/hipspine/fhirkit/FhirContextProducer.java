package health.hipspine.fhirkit;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The service's one FhirContext. Building one scans the whole R4 model (seconds, megabytes), so it is made
 * once and shared; it is thread-safe once built. Parsers made from it are cheap and are made per use.
 */
@ApplicationScoped
public class FhirContextProducer {

    @Produces
    @Singleton
    public FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }
}
