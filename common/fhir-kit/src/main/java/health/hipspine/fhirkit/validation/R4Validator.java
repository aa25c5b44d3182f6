package health.hipspine.fhirkit.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

import java.util.List;

/**
 * HAPI's instance validator against the base R4 specification, offline (hapi-fhir-validation-resources-r4):
 * an independent check of what the suite emits. For tests; the services depend on the validator jars only
 * with test scope. Our own CodeSystems may be added so codes from them are checked rather than skipped.
 */
public final class R4Validator {

    private final FhirValidator validator;

    public R4Validator(FhirContext fhir, IBaseResource... ownTerminology) {
        PrePopulatedValidationSupport own = new PrePopulatedValidationSupport(fhir);
        for (IBaseResource resource : ownTerminology) {
            own.addResource(resource);
        }
        IValidationSupport chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(fhir),
                own,
                new InMemoryTerminologyServerValidationSupport(fhir),
                new CommonCodeSystemsTerminologyService(fhir));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        validator = fhir.newValidator().registerValidatorModule(instanceValidator);
    }

    /** Every message of severity error or fatal (an empty list means the resource is valid R4). */
    public List<String> errors(IBaseResource resource) {
        return validator.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(R4Validator::describe)
                .toList();
    }

    /** Errors of a resource given as FHIR JSON (as a client receives it). */
    public List<String> errors(String json) {
        return validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(R4Validator::describe)
                .toList();
    }

    /** Warnings too, for a test's failure message. */
    public List<String> warnings(String json) {
        return validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
                .map(R4Validator::describe)
                .toList();
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }
}
