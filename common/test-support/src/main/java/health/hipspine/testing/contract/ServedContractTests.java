package health.hipspine.testing.contract;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * The document the service serves at /q/openapi is exactly its committed contract {@code docs/openapi/<service>.yaml}
 * ({@code quarkus.application.name} names the service). A service's test is a {@code @QuarkusTest} subclass with the
 * service's test resources. After an intended API change, regenerate the file with {@code -Dopenapi.update=true} and
 * review its diff (docs/openapi/README.md).
 */
public abstract class ServedContractTests {

    @Test
    void theServedDocumentIsTheCommittedContract() {
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        String served = given().when().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        ApiContracts.assertServedEqualsCommitted(service, served);
    }
}
