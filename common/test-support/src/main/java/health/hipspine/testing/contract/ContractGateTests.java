package health.hipspine.testing.contract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks of a service's committed contract that need no running service: fit for client generators, no
 * unannounced break of the last release, every example valid against its schema. A service's test is a subclass
 * naming the service.
 */
public abstract class ContractGateTests {

    private final String service;

    protected ContractGateTests(String service) {
        this.service = service;
    }

    @Test
    void everyOperationHasAnOperationIdSecurityTypedHeadersAndNoFrameworkTypes() {
        assertEquals(List.of(), ApiContracts.generatorProblems(ApiContracts.parse(ApiContracts.committed(service))));
    }

    @Test
    void aBreakingChangeAgainstTheLastReleaseNeedsAVersionBumpAndAChangelogEntry() {
        assertTrue(ApiContracts.lastRelease(service).isPresent(), "docs/openapi/releases/<version>/" + service + ".yaml");
        ApiContracts.unannouncedBreak(service).ifPresent(failure -> {
            throw new AssertionError(failure);
        });
    }

    @Test
    void everyExampleValidatesAgainstItsSchema() {
        assertEquals(List.of(), ContractDocument.committed(service).exampleProblems());
    }
}
