package health.hipspine.testing.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a test method (or class) that sends requests breaking the contract on purpose (a body of the wrong type, a
 * missing required field) to prove the service refuses them: {@link ContractValidation} then does not check that
 * test's requests against the contract. Its responses (the 400 problem) are still checked, except those of an
 * operation the contract does not declare (a test proving there is no such operation, a CORS preflight).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface MalformedRequests {
    /** What is malformed and why the test sends it. */
    String value();
}
