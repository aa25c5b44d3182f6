package health.hipspine.content.contract;

import health.hipspine.testing.contract.ServedContractTests;
import io.quarkus.test.junit.QuarkusTest;

/** The served /q/openapi is docs/openapi/content-service.yaml (ServedContractTests). */
@QuarkusTest
// PostgreSQL and the OIDC WireMock come from ContentTestResources (test resources apply to every test)
class OpenApiContractTest extends ServedContractTests {
}
