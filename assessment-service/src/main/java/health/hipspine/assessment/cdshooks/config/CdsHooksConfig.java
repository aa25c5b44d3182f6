package health.hipspine.assessment.cdshooks.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CDS Hooks: our public address (every EHR JWT's {@code aud} must equal it plus the path called) and the EHRs we
 * trust, each mapped to the one clinic whose data its calls read and write. Registering an EHR is configuration.
 */
@ConfigMapping(prefix = "cds-hooks")
public interface CdsHooksConfig {

    /** The public base URL of this service as EHRs call it (scheme, host, port, no trailing slash). */
    String baseUrl();

    /** Tolerance for clocks that differ a little (exp, iat). */
    @WithDefault("PT30S")
    Duration clockSkew();

    /** The longest lifetime (exp - now) a token may claim; the spec recommends 5 minutes. */
    @WithDefault("PT5M")
    Duration maxTokenLifetime();

    /** How many recent jti values are kept to refuse replays (each one expires with its token). */
    @WithDefault("100000")
    long replayCacheSize();

    /** Timeout for fetching an EHR's JWKS or missing prefetch from its FHIR server (answers are due within 500 ms). */
    @WithDefault("PT0.4S")
    Duration fetchTimeout();

    /** Links on cards: where a clinician opens the full result and the report (report-service). */
    Links links();

    /** The trusted EHRs by a name of ours (shown as the client on audit rows). */
    Map<String, Ehr> ehrs();

    interface Links {
        /** Base URL of the JSON API of this service as clinicians reach it. */
        String assessmentBaseUrl();

        /** Base URL of report-service as clinicians reach it. */
        String reportBaseUrl();
    }

    interface Ehr {
        /** The {@code iss} of its JWTs, compared exactly. */
        String issuer();

        /** Where its public keys are published (JWKS). */
        String jwksUrl();

        /** {@code jku} header values accepted instead of jwks-url; none by default (a jku elsewhere is refused). */
        Optional<List<String>> allowedJku();

        /** The clinic whose patients this EHR's calls concern: assessments are stored and audited under it. */
        String clinic();

        /** FHIR server base URLs we may fetch missing prefetch from with the call's fhirAuthorization; none: never fetch. */
        Optional<List<String>> fhirServers();
    }
}
