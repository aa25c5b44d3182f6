package health.hipspine.assessment.service;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is asking, from the verified bearer token: the subject, the OAuth client (an EHR integration
 * or the web app) and the clinic whose patient data the token may touch.
 */
@RequestScoped
public class Caller {

    public static final String CLINIC_CLAIM = "clinic_id";

    private final JsonWebToken token;

    // looked up once per request: smallrye-jwt answers a custom claim only after an exception
    private Optional<String> clinic;
    private String clientId;
    private boolean clientIdKnown;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    public String subject() {
        String subject = token.getSubject();
        return subject == null ? "unknown" : subject;
    }

    /**
     * The name a clinician recognises on a report: the user's login name, or the EHR client's id for a
     * service account (Keycloak's subject is an opaque UUID). Audit rows keep the stable subject.
     */
    public String displayName() {
        Object username = token.getClaim("preferred_username");
        String name = username == null ? null : username.toString().replace("\"", "");
        if (name != null && !name.isBlank() && !name.startsWith("service-account-")) {
            return name;
        }
        return clientId() != null ? clientId() : subject();
    }

    /** {@code azp} in Keycloak access tokens; {@code client_id} in some client-credentials tokens. */
    public String clientId() {
        if (!clientIdKnown) {
            Object azp = token.getClaim("azp");
            if (azp == null) {
                azp = token.getClaim("client_id");
            }
            clientId = azp == null ? null : azp.toString();
            clientIdKnown = true;
        }
        return clientId;
    }

    public Optional<String> clinic() {
        if (clinic == null) {
            Object claim = token.getClaim(CLINIC_CLAIM);
            clinic = claim == null || claim.toString().isBlank() ? Optional.empty() : Optional.of(claim.toString().replace("\"", ""));
        }
        return clinic;
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
