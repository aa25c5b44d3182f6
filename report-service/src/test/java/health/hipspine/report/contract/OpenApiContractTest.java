package health.hipspine.report.contract;

import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.contract.ApiContracts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * The document this service serves at /q/openapi is exactly the committed contract docs/openapi/report-service.yaml.
 * After an intended API change, regenerate the file and review its diff (docs/openapi/README.md).
 */
@QuarkusTest
// the same resources as ReportApiTest, so Quarkus is not restarted for this class
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class OpenApiContractTest {

    @Test
    void theServedDocumentIsTheCommittedContract() {
        String served = given().when().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        ApiContracts.assertServedEqualsCommitted("report-service", served);
    }
}
