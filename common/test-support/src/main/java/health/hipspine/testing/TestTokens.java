package health.hipspine.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

/**
 * Real RS256-signed JWTs for tests that run against {@code OidcWiremockTestResource}: signed with the
 * key whose public half the WireMock JWKS serves, shaped like our Keycloak's access tokens
 * (roles, {@code clinic_id} claim, audience {@code hipspine-api}). The negative variants (expired,
 * wrong issuer, wrong audience, foreign key, tampered) must all be rejected with 401.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "hipspine-api";
    public static final String CLINIC_CLAIM = "clinic_id";
    public static final String CLINIC_A = "clinic-a";
    public static final String CLINIC_B = "clinic-b";

    private String subject = "test-user";
    private String username;
    private Set<String> roles = Set.of();
    private String clinic;
    private String issuer = ISSUER;
    private String audience = AUDIENCE;
    private long expiresInSeconds = 300;
    private String clientId;

    private TestTokens() {
    }

    public static TestTokens token() {
        return new TestTokens();
    }

    public static String clinician(String clinic) {
        return token().subject("clinician-" + clinic).roles("clinician").clinic(clinic).sign();
    }

    public static String integration(String clinic) {
        return token().subject("service-account-ehr-" + clinic).clientId("ehr-" + clinic)
                .roles("integration").clinic(clinic).sign();
    }

    public static String contentEditor() {
        return token().subject("editor").roles("content-editor").sign();
    }

    public static String admin() {
        return token().subject("admin").roles("admin").sign();
    }

    public TestTokens subject(String subject) {
        this.subject = subject;
        return this;
    }

    /** {@code preferred_username}; defaults to the subject. Keycloak's subject is an opaque UUID. */
    public TestTokens username(String username) {
        this.username = username;
        return this;
    }

    public TestTokens roles(String... roles) {
        this.roles = Set.of(roles);
        return this;
    }

    public TestTokens clinic(String clinic) {
        this.clinic = clinic;
        return this;
    }

    public TestTokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public TestTokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    public TestTokens clientId(String clientId) {
        this.clientId = clientId;
        return this;
    }

    /** Negative values make a token that expired that many seconds ago. */
    public TestTokens expiresInSeconds(long seconds) {
        this.expiresInSeconds = seconds;
        return this;
    }

    public TestTokens expired() {
        return expiresInSeconds(-3600);
    }

    private JwtClaimsBuilder claims() {
        Instant now = Instant.now();
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .subject(subject)
                .preferredUserName(username != null ? username : subject)
                .groups(roles)
                .audience(audience)
                .issuedAt(now.minusSeconds(expiresInSeconds < 0 ? 7200 : 0))
                .expiresAt(now.plusSeconds(expiresInSeconds));
        if (clinic != null) {
            claims.claim(CLINIC_CLAIM, clinic);
        }
        if (clientId != null) {
            claims.claim("azp", clientId);
        }
        return claims;
    }

    /** Signed with the WireMock server's key (kid 1). */
    public String sign() {
        return claims().jws().keyId("1").sign("privateKey.jwk");
    }

    /** Signed with a freshly generated key the server has never seen. */
    public String signWithForeignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            PrivateKey foreign = generator.generateKeyPair().getPrivate();
            return claims().jws().keyId("1").sign(foreign);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid token whose payload was altered after signing: the signature no longer matches. */
    public String signAndTamper() {
        String[] parts = sign().split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String forged = payload.replace("\"" + subject + "\"", "\"" + subject + "x\"");
        return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes())
                + "." + parts[2];
    }
}
