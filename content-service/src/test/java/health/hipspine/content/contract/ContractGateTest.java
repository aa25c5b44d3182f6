package health.hipspine.content.contract;

import health.hipspine.testing.contract.ContractGateTests;

/** docs/openapi/content-service.yaml: fit for client generators, no unannounced break, examples valid (ContractGateTests). */
class ContractGateTest extends ContractGateTests {

    ContractGateTest() {
        super("content-service");
    }
}
