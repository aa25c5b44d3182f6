package health.hipspine.assessment;

import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.client.assessment.ApiClient;
import health.hipspine.client.assessment.ApiException;
import health.hipspine.client.assessment.api.AssessmentsApi;
import health.hipspine.client.assessment.model.Assessment;
import health.hipspine.client.assessment.model.AssessmentSubmission;
import health.hipspine.client.assessment.model.SubmittedFinding;
import health.hipspine.client.assessment.model.SubmittedFindingValue;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Java client generated from the committed contract (docs/openapi/assessment-service.yaml, openapi-generator,
 * library native) works against the running service: a finding's value goes out as a boolean or a number, the
 * assessment is scored, stored and read back.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class GeneratedClientTest {

    @TestHTTPResource("/")
    URI root;

    AssessmentsApi api(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(root.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new AssessmentsApi(client);
    }

    @Test
    void theGeneratedClientSubmitsAnAssessmentAndReadsItBack() throws Exception {
        ContentServiceStub.stubCatalogue();
        String patient = "pt-" + UUID.randomUUID().toString().substring(0, 8);
        AssessmentSubmission submission = new AssessmentSubmission()
                .patientRef(patient).encounterDate("2026-11-20").age(64).sex(AssessmentSubmission.SexEnum.FEMALE)
                .addFindingsItem(new SubmittedFinding().code("pain.groin").value(new SubmittedFindingValue(true))
                        .side(SubmittedFinding.SideEnum.RIGHT))
                .addFindingsItem(new SubmittedFinding().code("test.fadir").value(new SubmittedFindingValue(true))
                        .side(SubmittedFinding.SideEnum.RIGHT))
                .addFindingsItem(new SubmittedFinding().code("rom.hip.internal-rotation")
                        .value(new SubmittedFindingValue(new BigDecimal(12))).side(SubmittedFinding.SideEnum.RIGHT));
        AssessmentsApi clinician = api(TestTokens.clinician(TestTokens.CLINIC_A));

        Assessment created = clinician.submitAssessment(submission, UUID.randomUUID().toString());
        assertThat(created.getId()).isNotNull();
        assertThat(created.getPatientRef()).isEqualTo(patient);
        assertThat(created.getEncounterDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(created.getTriage().getLevel()).isNotNull();

        Assessment read = clinician.getAssessment(created.getId().toString());
        assertThat(read.getId()).isEqualTo(created.getId());
        assertThat(read.getTriage().getLevel()).isEqualTo(created.getTriage().getLevel());
        assertThat(read.getDifferential()).isEqualTo(created.getDifferential());

        // another clinic's token does not see it: the client surfaces the documented 404
        assertThatThrownBy(() -> api(TestTokens.clinician(TestTokens.CLINIC_B)).getAssessment(created.getId().toString()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }
}
