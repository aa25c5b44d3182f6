package health.hipspine.assessment.cdshooks.rest;

import health.hipspine.assessment.cdshooks.service.EhrTokenVerifier;
import health.hipspine.kit.caller.Caller;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jwt.JwtClaims;

/**
 * Turns a verified EHR JWT into the request's identity, shaped like our Keycloak tokens so that the service kit's
 * Caller, clinic scope and audit trail work unchanged: {@code azp} is our name for the EHR, {@code clinic_id} the
 * clinic configured for it, role {@link #ROLE}. The principal carries no raw token: the EHR's JWT is never forwarded.
 */
@ApplicationScoped
public class EhrIdentityProvider implements IdentityProvider<EhrTokenRequest> {

    /** Held only by identities this provider creates; Keycloak never issues it to anybody. */
    public static final String ROLE = "cds-client";
    /** Identity attribute: our name for the EHR (the key under cds-hooks.ehrs). */
    public static final String EHR_ATTRIBUTE = "cds-hooks.ehr";

    private final EhrTokenVerifier verifier;

    public EhrIdentityProvider(EhrTokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Class<EhrTokenRequest> getRequestType() {
        return EhrTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(EhrTokenRequest request, AuthenticationRequestContext context) {
        // blocking: the first call per EHR fetches its JWKS
        return context.runBlocking(() -> {
            EhrTokenVerifier.Verified verified = verifier.verify(request.token(), request.audience());
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(verified.issuer());
            claims.setSubject(verified.subject());
            claims.setJwtId(verified.jti());
            claims.setClaim("azp", verified.ehr());
            claims.setClaim(Caller.CLINIC_CLAIM, verified.clinic());
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new DefaultJWTCallerPrincipal(claims))
                    .addRole(ROLE)
                    .addAttribute(EHR_ATTRIBUTE, verified.ehr())
                    .build();
        });
    }
}
