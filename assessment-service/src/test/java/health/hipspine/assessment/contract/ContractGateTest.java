package health.hipspine.assessment.contract;

import health.hipspine.testing.contract.ApiContracts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed contract is fit for client generators and breaks nothing of the last release unannounced. */
class ContractGateTest {

    static final String SERVICE = "assessment-service";

    @Test
    void everyOperationHasAnOperationIdSecurityTypedHeadersAndNoFrameworkTypes() {
        assertThat(ApiContracts.generatorProblems(ApiContracts.parse(ApiContracts.committed(SERVICE)))).isEmpty();
    }

    @Test
    void aBreakingChangeAgainstTheLastReleaseNeedsAVersionBumpAndAChangelogEntry() {
        assertThat(ApiContracts.lastRelease(SERVICE)).as("docs/openapi/releases/<version>/" + SERVICE + ".yaml").isPresent();
        assertThat(ApiContracts.unannouncedBreak(SERVICE)).isEmpty();
    }
}
