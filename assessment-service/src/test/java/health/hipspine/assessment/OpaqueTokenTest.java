package health.hipspine.assessment;

import health.hipspine.testing.contract.MalformedRequests;
import com.github.tomakehurst.wiremock.WireMockServer;
import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only JWTs are accepted: a bearer token that is not a JWT is refused 401 at once, without asking the identity
 * provider's introspection endpoint (which would let anyone make the service call Keycloak per request).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class OpaqueTokenTest {

    @OidcWireMock
    WireMockServer identityProvider;

    long introspections() {
        return identityProvider.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().contains("introspect")).count();
    }

    @Test
    @MalformedRequests("an empty submission: the 401 comes before the body is read")
    void anOpaqueTokenIsRefusedWithoutIntrospection() {
        long before = introspections();
        // the mock identity provider stubs introspection for the opaque token "alice", were it asked
        given().auth().oauth2("alice").when().get("/api/v1/patients/pt-1/assessments").then().statusCode(401);
        given().auth().oauth2("an-opaque-token-" + System.nanoTime()).contentType("application/json").body("{}")
                .when().post("/api/v1/assessments").then().statusCode(401);
        assertThat(introspections()).as("calls to the introspection endpoint").isEqualTo(before);
    }
}
