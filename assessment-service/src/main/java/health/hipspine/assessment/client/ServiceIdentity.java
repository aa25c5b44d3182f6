package health.hipspine.assessment.client;

import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * The Authorization header for a content read: the caller's own token when there is one (a user or an EHR's Keycloak
 * client), else the service's client-credentials token (client {@code assessment-service}, quarkus-oidc-client, which
 * caches and refreshes it). The else case is a CDS Hooks call: the EHR's JWT is never forwarded, and content is the
 * same for every caller.
 */
@ApplicationScoped
public class ServiceIdentity {

    private final Instance<Tokens> tokens;

    public ServiceIdentity(Instance<Tokens> tokens) {
        this.tokens = tokens;
    }

    public String authorization(String callerAuthorization) {
        return callerAuthorization != null ? callerAuthorization : "Bearer " + tokens.get().getAccessToken();
    }
}
