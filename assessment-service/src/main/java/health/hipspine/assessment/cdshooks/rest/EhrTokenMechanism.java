package health.hipspine.assessment.cdshooks.rest;

import health.hipspine.assessment.cdshooks.config.CdsHooksConfig;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Authenticates CDS Hooks calls by the EHR's own JWT. application.properties selects this mechanism (and not
 * quarkus-oidc) for /cds-services/*: an EHR's token is signed by the EHR, not by our Keycloak, so OIDC must never see
 * it, and a JAX-RS filter would run only after OIDC had already refused it. On any other path it stays silent.
 */
@ApplicationScoped
public class EhrTokenMechanism implements HttpAuthenticationMechanism {

    /** The name application.properties selects it by ({@code quarkus.http.auth.permission.*.auth-mechanism}). */
    public static final String SCHEME = "cds-hooks";
    static final String SERVICES_PREFIX = "/cds-services/";
    private static final String BEARER = "Bearer ";

    private final CdsHooksConfig config;

    public EhrTokenMechanism(CdsHooksConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String path = context.normalizedPath();
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (path == null || !path.startsWith(SERVICES_PREFIX) || header == null
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().optional(java.util.Optional.empty()); // anonymous: the path's policy answers 401
        }
        // CDS Hooks: aud is the URL of the endpoint called, as the EHR knows it (our configured public base URL)
        String audience = config.baseUrl() + path;
        EhrTokenRequest request = new EhrTokenRequest(header.substring(BEARER.length()).trim(), audience);
        return identityProviderManager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(EhrTokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }
}
