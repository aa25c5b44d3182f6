package health.hipspine.report.fuzz;

import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import health.hipspine.testing.fuzz.ApiFuzz;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12: generated valid, boundary and malformed bodies for every POST/PUT of the committed contract
 * ({@code docs/openapi/report-service.yaml}), with an
 * admin's token for admin endpoints and a clinician's otherwise. No answer may be 5xx; every 4xx is a problem
 * document. Seed printed; {@code -Dfuzz.seed=} replays.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class ReportFuzzTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void noGeneratedRequestGetsA5xxAndEvery4xxIsAProblem() {
        String clinician = TestTokens.token().subject("clinician-fuzz").roles("clinician").clinic(TestTokens.CLINIC_A)
                .expiresInSeconds(3600).sign();
        String admin = TestTokens.token().subject("admin-fuzz").roles("admin").expiresInSeconds(3600).sign();
        String document = ApiFuzz.committedDocument("report-service");

        ApiFuzz.Result result = ApiFuzz.run("report-service", base, document, ApiFuzz.seed(), ApiFuzz.count(3400),
                endpoint -> endpoint.template().contains("/admin/") ? admin : clinician, Map.of());

        assertThat(result.perEndpoint()).containsKey("POST /api/v1/admin/dead-letters/redrive");
        assertThat(result.statuses()).containsKey(202);
    }
}
