package health.hipspine.report.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;

/** Who is calling: subject, OAuth client and clinic, read from the validated token. */
@RequestScoped
public class Caller {

    public static final String CLINIC_CLAIM = "clinic_id";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** {@code azp} of the token: the OAuth client (EHR integration, web app) that made the call. */
    public String clientId() {
        Object azp = claim("azp");
        return azp == null ? null : azp.toString();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** The caller's clinic, or null: a token without {@code clinic_id}. */
    public String clinicOrNull() {
        Object clinic = claim(CLINIC_CLAIM);
        return clinic == null || clinic.toString().isBlank() ? null : clinic.toString();
    }

    /** The clinic that scopes every data access; a token without one cannot touch patient data (403). */
    public ClinicScope clinic() {
        String clinic = clinicOrNull();
        if (clinic == null) {
            throw new ForbiddenException("The token carries no clinic_id claim");
        }
        return new ClinicScope(clinic);
    }

    private Object claim(String name) {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            return jwt.getClaim(name);
        }
        return null;
    }
}
