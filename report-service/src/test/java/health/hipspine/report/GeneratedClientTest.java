package health.hipspine.report;

import health.hipspine.client.report.ApiClient;
import health.hipspine.client.report.api.ReportsApi;
import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java client generated from the committed contract (docs/openapi/report-service.yaml, openapi-generator,
 * library native) works against the running service: it finds the report of an assessment and downloads its PDF.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class GeneratedClientTest extends ReportTestBase {

    @TestHTTPResource("/")
    URI root;

    @Test
    void theGeneratedClientFindsTheReportOfAnAssessmentAndDownloadsItsPdf() throws Exception {
        AssessmentCompletedV1 event = event(TestTokens.CLINIC_A, "PT-3001");
        PUBLISHER.publish(event);
        String reportId = awaitReady(event);

        ApiClient client = new ApiClient();
        client.updateBaseUri(root.toString().replaceAll("/$", ""));
        String token = TestTokens.integration(TestTokens.CLINIC_A);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        ReportsApi reports = new ReportsApi(client);

        var report = reports.getReportByAssessment(event.assessmentId());
        assertThat(report.getId()).isEqualTo(UUID.fromString(reportId));
        assertThat(report.getPatientRef()).isEqualTo("PT-3001");

        File pdf = reports.downloadReportPdf(report.getId(), null, null);
        byte[] bytes = Files.readAllBytes(pdf.toPath());
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        Files.deleteIfExists(pdf.toPath());
    }
}
