package health.hipspine.assessment.cdshooks.rest;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An EHR's CDS Hooks JWT and the exact URL it was sent to (its required {@code aud}). */
public class EhrTokenRequest extends BaseAuthenticationRequest {

    private final String token;
    private final String audience;

    public EhrTokenRequest(String token, String audience) {
        this.token = token;
        this.audience = audience;
    }

    public String token() {
        return token;
    }

    public String audience() {
        return audience;
    }
}
