package health.hipspine.assessment.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a clinician or an EHR submits. Unknown properties are refused (400) so that free text such
 * as a patient's name cannot ride along unnoticed; the rules live in {@link SubmissionRules}.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "AssessmentSubmission", description = "Findings of one encounter, to be scored and stored")
public record AssessmentSubmission(
        @Schema(description = "The caller's opaque pseudonymous patient id, never a name", pattern = SubmissionRules.PATIENT_REF_PATTERN,
                examples = "pt-7f3a9c", required = true)
        String patientRef,
        @Schema(description = "ISO date of the encounter", examples = "2026-11-20", required = true)
        String encounterDate,
        @Schema(description = "Age in years", minimum = "0", maximum = "120", examples = "64", required = true)
        Integer age,
        @Schema(enumeration = {"female", "male", "other", "unknown"}, examples = "female", required = true)
        String sex,
        @Schema(description = "What was found; codes from the finding catalogue", required = true)
        List<SubmittedFindingEntry> findings,
        @Schema(description = "Optional questionnaire answers")
        QuestionnaireEntry questionnaires,
        @Schema(enumeration = {"primary-care", "specialist"}, defaultValue = "primary-care", examples = "primary-care",
                description = "Where the patient is seen: chooses the published prevalences used as pre-test probabilities")
        String setting) {

    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "SubmittedFinding")
    public record SubmittedFindingEntry(
            @Schema(examples = "test.fadir", required = true) String code,
            // JsonNode keeps the wire format exact (SubmissionRules reports a wrong JSON type as 422); the schema says
            // what the value is instead of describing Jackson's node class (rest.FindingValueSchema makes it the whole schema)
            @Schema(description = "Boolean or number, as the catalogue defines the code", examples = "true", required = true,
                    oneOf = {Boolean.class, BigDecimal.class})
            JsonNode value,
            @Schema(enumeration = {"left", "right", "bilateral"}, description = "Where a side applies") String side) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "QuestionnaireAnswers")
    public record QuestionnaireEntry(
            @Schema(description = "10 Oswestry section scores 0-5, null when unanswered") List<Integer> odi,
            @Schema(description = "9 STarT Back answers: items 1-8 0 or 1, item 9 0-4") List<Integer> startBack,
            @Schema(description = "Pain now, 0-10", minimum = "0", maximum = "10") Integer nprs,
            @Schema(description = "12 HOOS-12 item scores 0-4 (none to extreme), null when unanswered: items 1-4 Pain, 5-8 Function, "
                    + "9-12 Quality of life, each in the order of the licensed form (wording from koos.nu). Scored for hip pain "
                    + "(pain.groin or pain.lateral-hip)") List<Integer> hoos12) {

        /** Without HOOS-12. */
        public QuestionnaireEntry(List<Integer> odi, List<Integer> startBack, Integer nprs) {
            this(odi, startBack, nprs, null);
        }
    }
}
