package health.hipspine.kit.caller;

import health.hipspine.kit.problem.Problems;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, from the verified bearer token: subject, login name, OAuth client, roles and clinic.
 *
 * <p>Read from {@link SecurityIdentity}, not from an injected {@code JsonWebToken}: the identity is what
 * Quarkus authorised the request with (its roles include any role mapping, so {@link #hasRole} agrees
 * with {@code @RolesAllowed}), and it exists for anonymous requests too, where this bean answers
 * "anonymous" and empty values instead of failing. Claims come from its principal when that is a JWT.
 */
@RequestScoped
public class Caller {

    public static final String CLINIC_CLAIM = "clinic_id";
    public static final String ANONYMOUS = "anonymous";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The token's {@code sub}: stable, kept on audit rows. */
    public String subject() {
        if (identity.isAnonymous()) {
            return ANONYMOUS;
        }
        String subject = jwt().map(JsonWebToken::getSubject).orElse(null);
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    /** The name shown on reports: preferred_username, else the client id of a service account, else the subject. */
    public String login() {
        if (identity.isAnonymous()) {
            return ANONYMOUS;
        }
        return LoginName.of(claim("preferred_username"), clientId(), subject());
    }

    /** {@code azp} in Keycloak access tokens, {@code client_id} in some client-credentials tokens; null if neither. */
    public String clientId() {
        String azp = claim("azp");
        return azp != null ? azp : claim("client_id");
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The token's {@code clinic_id}, if it has one. */
    public Optional<String> clinic() {
        String clinic = claim(CLINIC_CLAIM);
        return clinic == null || clinic.isBlank() ? Optional.empty() : Optional.of(clinic);
    }

    /** The scope of every patient-data query; a token without a clinic gets the 403 {@code no-clinic} problem. */
    public ClinicScope requireClinic() {
        return clinic().map(ClinicScope::new).orElseThrow(Problems::noClinic);
    }

    /** {@code Bearer <raw token>}, to propagate the caller's own token to another service; null when anonymous. */
    public String bearerAuthorization() {
        return jwt().map(JsonWebToken::getRawToken).map(raw -> "Bearer " + raw).orElse(null);
    }

    private Optional<JsonWebToken> jwt() {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
            return Optional.of(token);
        }
        return Optional.empty();
    }

    private String claim(String name) {
        // JsonWebToken.getClaim tries Claims.valueOf(name) first and throws for every custom claim (clinic_id): an
        // exception with a full stack per call, several per request (profiled); the OIDC principal's claims do not
        Object value = jwt().map(token -> token instanceof OidcJwtCallerPrincipal oidc
                ? oidc.getClaims().getClaimValue(name) : token.getClaim(name)).orElse(null);
        return value == null ? null : LoginName.stripQuotes(value.toString());
    }
}
