package health.hipspine.assessment.caller;

import health.hipspine.assessment.problem.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is asking, from the verified bearer token: the subject, the OAuth client (an EHR integration
 * or the web app) and the clinic whose patient data the token may touch.
 */
@RequestScoped
public class Caller {

    public static final String CLINIC_CLAIM = "clinic_id";

    @Inject
    JsonWebToken token;

    public String subject() {
        String subject = token.getSubject();
        return subject == null ? "unknown" : subject;
    }

    /** {@code azp} in Keycloak access tokens; {@code client_id} in some client-credentials tokens. */
    public String clientId() {
        Object azp = token.getClaim("azp");
        if (azp == null) {
            azp = token.getClaim("client_id");
        }
        return azp == null ? null : azp.toString();
    }

    public Optional<String> clinic() {
        Object clinic = token.getClaim(CLINIC_CLAIM);
        if (clinic == null || clinic.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(clinic.toString().replace("\"", ""));
    }

    /** The clinic every patient-data query is scoped to; a token without one gets 403. */
    public String requireClinic() {
        return clinic().orElseThrow(Problems::noClinic);
    }

    /** The caller's own token, propagated to the content service (which any authenticated role may read). */
    public String bearerAuthorization() {
        return "Bearer " + token.getRawToken();
    }
}
