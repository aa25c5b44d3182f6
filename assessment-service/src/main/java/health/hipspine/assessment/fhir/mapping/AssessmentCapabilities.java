package health.hipspine.assessment.fhir.mapping;

import health.hipspine.fhirkit.CapabilityStatements;
import org.hl7.fhir.r4.model.CapabilityStatement;

import java.util.Date;
import java.util.List;

/**
 * assessment-service's CapabilityStatement: RiskAssessment read and search by subject (fhir-kit's read-only shape), plus
 * the {@code $assess} operation on QuestionnaireResponse (type level: takes a QuestionnaireResponse or a Bundle).
 */
public final class AssessmentCapabilities {

    /** Where $assess would be defined; no OperationDefinition is published yet (docs/fhir.md). */
    public static final String ASSESS_DEFINITION = "http://hipspine.health/fhir/OperationDefinition/QuestionnaireResponse-assess";

    private AssessmentCapabilities() {
    }

    public static CapabilityStatement of(String version, Date date) {
        CapabilityStatement cs = CapabilityStatements.readOnlyServer("assessment-service", version,
                "Bearer token (OAuth 2.0, Keycloak realm hipspine, audience hipspine-api, role clinician or integration with a "
                        + "clinic_id) on every request except this CapabilityStatement, which is public like on most FHIR servers. "
                        + "EHRs may authenticate with private_key_jwt (SMART Backend Services, docs/cds-hooks.md).",
                date,
                List.of(new CapabilityStatements.Served("RiskAssessment", List.of("subject"),
                        "Read by id (inputs contained); search by subject = our patientRef identifier, newest encounter first")));
        CapabilityStatement.CapabilityStatementRestResourceComponent answers = cs.getRestFirstRep().addResource()
                .setType("QuestionnaireResponse")
                .setDocumentation("Not stored or read as such: POST [base]/QuestionnaireResponse/$assess scores a QuestionnaireResponse "
                        + "(Questionnaire hip-spine-assessment, odi, start-back, nprs, hoos-12 of content-service) or a Bundle of a "
                        + "Patient and Observations, and answers a collection Bundle (RiskAssessment, Observations, Flag, CarePlan)");
        answers.addOperation().setName("assess").setDefinition(ASSESS_DEFINITION)
                .setDocumentation("Scores like POST /api/v1/assessments: same rules, Idempotency-Key, clinic scope and audit");
        return cs;
    }
}
