package health.hipspine.assessment.config;

import io.smallrye.config.ConfigMapping;

/**
 * Where the clinician console (static files under /console) finds Keycloak and the other two services. These are
 * the addresses a browser uses, which may differ from the ones the services use among themselves.
 */
@ConfigMapping(prefix = "hipspine.console")
public interface ConsoleConfig {

    /** The realm URL (issuer) the console signs in against. */
    String oidcUrl();

    /** The public client of the console (authorization code + PKCE). */
    String clientId();

    String contentServiceUrl();

    String reportServiceUrl();
}
