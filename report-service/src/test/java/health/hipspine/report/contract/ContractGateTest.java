package health.hipspine.report.contract;

import health.hipspine.testing.contract.ContractGateTests;

/** docs/openapi/report-service.yaml: fit for client generators, no unannounced break, examples valid (ContractGateTests). */
class ContractGateTest extends ContractGateTests {

    ContractGateTest() {
        super("report-service");
    }
}
