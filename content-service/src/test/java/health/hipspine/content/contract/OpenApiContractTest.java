package health.hipspine.content.contract;

import health.hipspine.testing.contract.ApiContracts;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * The document this service serves at /q/openapi is exactly the committed contract docs/openapi/content-service.yaml.
 * After an intended API change, regenerate the file and review its diff:
 * {@code ./mvnw -o -B clean verify -pl content-service -am -Dtest=OpenApiContractTest -Dsurefire.failIfNoSpecifiedTests=false -Dcodegen.skip=true -Dopenapi.update=true}
 */
@QuarkusTest
// PostgreSQL and the OIDC WireMock come from ContentTestResources (test resources apply to every test)
class OpenApiContractTest {

    @Test
    void theServedDocumentIsTheCommittedContract() {
        String served = given().when().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        ApiContracts.assertServedEqualsCommitted("content-service", served);
    }
}
