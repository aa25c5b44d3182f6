package health.hipspine.assessment.contract;

import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.contract.ServedContractTests;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The served /q/openapi is docs/openapi/assessment-service.yaml (ServedContractTests). */
@QuarkusTest
// the same resources as AssessmentApiTest, so Quarkus is not restarted for this class
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class OpenApiContractTest extends ServedContractTests {
}
