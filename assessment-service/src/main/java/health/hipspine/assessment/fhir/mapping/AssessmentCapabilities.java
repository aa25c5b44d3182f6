package health.hipspine.assessment.fhir.mapping;

import health.hipspine.fhirkit.CapabilityStatements;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.OperationDefinition;
import org.hl7.fhir.r4.model.OperationDefinition.OperationKind;
import org.hl7.fhir.r4.model.OperationDefinition.OperationParameterUse;

import java.util.Date;
import java.util.List;

/**
 * assessment-service's CapabilityStatement: RiskAssessment read and search by subject (fhir-kit's read-only shape), plus
 * the {@code $assess} operation on QuestionnaireResponse (type level: takes a QuestionnaireResponse or a Bundle), and
 * that operation's OperationDefinition, readable here by id.
 */
public final class AssessmentCapabilities {

    /** The id of $assess's OperationDefinition: GET [base]/OperationDefinition/QuestionnaireResponse-assess. */
    public static final String ASSESS_DEFINITION_ID = "QuestionnaireResponse-assess";
    /** Its canonical URL, which the CapabilityStatement names. */
    public static final String ASSESS_DEFINITION = "http://hipspine.health/fhir/OperationDefinition/" + ASSESS_DEFINITION_ID;

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
        cs.getRestFirstRep().addResource().setType("OperationDefinition")
                .setDocumentation("Read by id: " + ASSESS_DEFINITION_ID + ", the definition of $assess")
                .addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ);
        return cs;
    }

    /**
     * What $assess takes and answers, for EHR tooling that reads operation definitions: one resource in (so the body
     * is the resource itself, not a Parameters), one Bundle out (returned as the body). HTTP matters that are not FHIR
     * parameters (Idempotency-Key, the token, the errors) are in its description.
     */
    public static OperationDefinition assessDefinition(String version, Date date) {
        OperationDefinition definition = new OperationDefinition();
        definition.setId(ASSESS_DEFINITION_ID);
        definition.setUrl(ASSESS_DEFINITION);
        definition.setVersion(version);
        definition.setName("Assess");
        definition.setTitle("Score a hip-spine assessment");
        definition.setStatus(PublicationStatus.ACTIVE);
        definition.setKind(OperationKind.OPERATION);
        definition.setDate(date);
        definition.setPublisher("Hip-Spine Navigator");
        definition.setDescription("Triages red flags, weighs each finding by its published diagnostic accuracy, scores the "
                + "questionnaires and plans exercises, exactly like POST /api/v1/assessments; the assessment is stored (audited, "
                + "scoped to the token's clinic) and announced to the report service. Supports a clinician's judgement; it does not "
                + "diagnose. An Idempotency-Key header makes a retry safe (the same key and body answer the first assessment with "
                + "Idempotent-Replayed: true). Errors are OperationOutcomes: 400 not FHIR R4 JSON, 401/403 token or role, "
                + "422 a rule broken (each issue's expression names the element).");
        definition.setAffectsState(true);
        definition.setCode("assess");
        definition.addResource("QuestionnaireResponse");
        definition.setSystem(false).setType(true).setInstance(false);
        definition.addParameter().setName("resource").setUse(OperationParameterUse.IN).setMin(1).setMax("1").setType("Resource")
                .setDocumentation("A QuestionnaireResponse to Questionnaire hip-spine-assessment (and odi, start-back, nprs, hoos-12) "
                        + "of content-service, or a Bundle of a Patient and Observations (docs/fhir.md)");
        definition.addParameter().setName("return").setUse(OperationParameterUse.OUT).setMin(1).setMax("1").setType("Bundle")
                .setDocumentation("A collection Bundle: the RiskAssessment (at its readable URL, also in Location), an Observation per "
                        + "finding and questionnaire score, a Flag for URGENT or EMERGENCY triage, and a CarePlan");
        return definition;
    }
}
