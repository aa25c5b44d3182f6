package health.hipspine.testing.contract;

import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Installs the {@link ContractFilter} of this service's committed contract ({@code quarkus.application.name} names
 * it) as a REST Assured global filter before each {@code @QuarkusTest} method, so every API test's calls are
 * checked. A service turns it on by listing this class in its
 * {@code src/test/resources/META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback} and
 * {@code ...QuarkusTestAfterEachCallback}. Requests of a test annotated {@link MalformedRequests} are not checked.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback, QuarkusTestAfterEachCallback {

    // one filter per test JVM (Quarkus loads the callbacks and RestAssured in the same class loader as the tests)
    private static ContractFilter filter;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ContractFilter current = filter();
        boolean malformed = context.getTestMethod().isAnnotationPresent(MalformedRequests.class)
                || context.getTestInstance().getClass().isAnnotationPresent(MalformedRequests.class);
        current.checkRequests(!malformed);
        if (!RestAssured.filters().contains(current)) {
            RestAssured.filters(current);
        }
    }

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        filter().checkRequests(true);
    }

    private static synchronized ContractFilter filter() {
        if (filter == null) {
            String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
            filter = new ContractFilter(ContractDocument.committed(service));
        }
        return filter;
    }
}
