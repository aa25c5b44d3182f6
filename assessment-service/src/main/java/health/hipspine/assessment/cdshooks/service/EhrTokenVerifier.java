package health.hipspine.assessment.cdshooks.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import health.hipspine.assessment.cdshooks.config.CdsHooksConfig;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.jose4j.http.Get;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an EHR's CDS Hooks JWT as CDS Hooks 2.0 ("Trusting CDS Clients") says: the issuer is a registered EHR, the
 * signature verifies with that EHR's JWKS (its configured URL, or a {@code jku} only if allow-listed), the algorithm is
 * asymmetric (RS384 or ES384: {@code none} and HMAC are refused), {@code aud} is exactly the URL called, {@code exp},
 * {@code iat}, {@code sub} and {@code jti} are present and current, and a {@code jti} is accepted once.
 */
@ApplicationScoped
public class EhrTokenVerifier {

    private static final Logger LOG = Logger.getLogger(EhrTokenVerifier.class);
    /** The two algorithms the spec requires clients to support; a symmetric key would be a shared secret. */
    private static final AlgorithmConstraints ASYMMETRIC_ONLY = new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
            AlgorithmIdentifiers.RSA_USING_SHA384, AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384);
    private static final JwtConsumer UNVERIFIED = new JwtConsumerBuilder().setSkipAllValidators().setDisableRequireSignature()
            .setSkipSignatureVerification().setJwsAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS).build();

    /** A verified call: which EHR (our name for it), its clinic and the token's subject (the EHR's client id). */
    public record Verified(String ehr, String issuer, String subject, String clinic, String jti) {
    }

    private final CdsHooksConfig config;
    /** iss + jti of accepted tokens, each kept until its token expires (plus skew): a bounded replay cache. */
    private final Cache<String, Instant> seen;
    private final Map<String, HttpsJwks> jwksByUrl = new ConcurrentHashMap<>();

    public EhrTokenVerifier(CdsHooksConfig config) {
        this.config = config;
        Duration skew = config.clockSkew();
        this.seen = Caffeine.newBuilder().maximumSize(config.replayCacheSize())
                .expireAfter(Expiry.<String, Instant>creating((jti, expires) -> {
                    Duration left = Duration.between(Instant.now(), expires).plus(skew);
                    return left.isNegative() ? Duration.ZERO : left;
                }))
                .build();
    }

    /** @param audience the exact URL the EHR called (base URL + path) */
    public Verified verify(String token, String audience) {
        JwtContext unverified;
        try {
            unverified = UNVERIFIED.process(token);
        } catch (InvalidJwtException e) {
            throw rejected("not a JWT");
        }
        String issuer = claim(unverified, "iss");
        Map.Entry<String, CdsHooksConfig.Ehr> ehr = config.ehrs().entrySet().stream()
                .filter(e -> e.getValue().issuer().equals(issuer)).findFirst()
                .orElseThrow(() -> rejected("unknown issuer"));
        HttpsJwks keys = jwks(ehr.getValue(), unverified);

        long skew = config.clockSkew().toSeconds();
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(ASYMMETRIC_ONLY)
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keys))
                .setExpectedIssuer(ehr.getValue().issuer())
                .setExpectedAudience(true, audience)
                .setRequireExpirationTime()
                .setMaxFutureValidityInMinutes((int) Math.max(1, config.maxTokenLifetime().toMinutes()))
                .setRequireIssuedAt()
                // an iat in the future or older than the longest lifetime is not a token minted for this call
                .setIssuedAtRestrictions((int) skew, (int) (config.maxTokenLifetime().toSeconds() + skew))
                .setRequireSubject()
                .setRequireJwtId()
                .setAllowedClockSkewInSeconds((int) skew)
                .build();
        JwtClaims claims;
        try {
            claims = consumer.process(token).getJwtClaims();
        } catch (InvalidJwtException e) {
            // jose4j's message names the failed check (audience, expiry, signature, algorithm), never patient data
            LOG.debugf("CDS Hooks JWT of %s refused: %s", ehr.getKey(), e.getMessage());
            throw rejected("token refused: " + firstReason(e));
        }
        try {
            String jti = claims.getJwtId();
            Instant expires = Instant.ofEpochSecond(claims.getExpirationTime().getValue());
            // only a verified token may claim a jti: a forged one cannot burn a real client's ids
            if (seen.asMap().putIfAbsent(issuer + " " + jti, expires) != null) {
                throw rejected("jti already used");
            }
            return new Verified(ehr.getKey(), issuer, claims.getSubject(), ehr.getValue().clinic(), jti);
        } catch (MalformedClaimException e) {
            throw rejected("malformed claim");
        }
    }

    private HttpsJwks jwks(CdsHooksConfig.Ehr ehr, JwtContext unverified) {
        List<JsonWebStructure> structures = unverified.getJoseObjects();
        String jku = structures.isEmpty() ? null : structures.get(0).getHeader("jku");
        String url;
        if (jku == null) {
            url = ehr.jwksUrl();
        } else if (ehr.allowedJku().orElse(List.of()).contains(jku)) {
            url = jku;
        } else {
            throw rejected("jku not allowed for this issuer");
        }
        // one HttpsJwks per URL: it caches the keys and refetches when a token names an unknown kid
        return jwksByUrl.computeIfAbsent(url, u -> {
            HttpsJwks jwks = new HttpsJwks(u);
            Get get = new Get();
            get.setConnectTimeout((int) config.fetchTimeout().toMillis());
            get.setReadTimeout((int) config.fetchTimeout().toMillis());
            jwks.setSimpleHttpGet(get);
            return jwks;
        });
    }

    private static String claim(JwtContext context, String name) {
        Object value = context.getJwtClaims().getClaimValue(name);
        return value == null ? "" : value.toString();
    }

    private static String firstReason(InvalidJwtException e) {
        return e.getErrorDetails().isEmpty() ? "invalid" : "error code " + e.getErrorDetails().get(0).getErrorCode();
    }

    private static AuthenticationFailedException rejected(String why) {
        return new AuthenticationFailedException("CDS Hooks JWT " + why);
    }
}
