package health.hipspine.content;

import health.hipspine.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Every @QuarkusTest here runs against a real PostgreSQL (database content) and real signed JWTs. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "content"))
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class ContentTestResources {
    private ContentTestResources() {
    }
}
