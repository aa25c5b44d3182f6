package health.hipspine.assessment.contract;

import health.hipspine.testing.contract.ContractGateTests;

/** docs/openapi/assessment-service.yaml: fit for client generators, no unannounced break, examples valid (ContractGateTests). */
class ContractGateTest extends ContractGateTests {

    ContractGateTest() {
        super("assessment-service");
    }
}
