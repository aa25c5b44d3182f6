package health.hipspine.assessment.cdshooks.service;

import health.hipspine.assessment.cdshooks.config.CdsHooksConfig;
import health.hipspine.assessment.fhir.service.FhirAssessments;
import health.hipspine.assessment.fhir.service.SubmissionFromFhir;
import health.hipspine.assessment.mapping.Scored;
import health.hipspine.assessment.repository.AssessmentEntity;
import health.hipspine.assessment.service.ClinicalScoring;
import health.hipspine.assessment.service.SubmissionRules;
import health.hipspine.events.AssessmentResult;
import health.hipspine.kit.problem.Problems;
import health.hipspine.kit.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The two CDS services. Both read the patient's inputs with the $assess reader and judge them with the same rules and
 * model as POST /api/v1/assessments: patient-view through FhirAssessments (scored, stored under the EHR's clinic,
 * audited, announced, so the cards can link to the result and its report; the same inputs again replay the same
 * assessment), order-select through the rules and the model only (it stores nothing).
 */
@ApplicationScoped
public class CdsHooksService {

    private final PatientData patientData;
    private final FhirAssessments assessments;
    private final SubmissionFromFhir reader;
    private final SubmissionRules rules;
    private final ClinicalScoring scoring;
    private final ImagingOrders imaging;
    private final CdsHooksConfig config;

    public CdsHooksService(PatientData patientData, FhirAssessments assessments, SubmissionFromFhir reader, SubmissionRules rules,
            ClinicalScoring scoring, ImagingOrders imaging, CdsHooksConfig config) {
        this.patientData = patientData;
        this.assessments = assessments;
        this.reader = reader;
        this.rules = rules;
        this.scoring = scoring;
        this.imaging = imaging;
        this.config = config;
    }

    /** @param ehr our name of the calling EHR (verified from its JWT) */
    public Cards.Response call(String serviceId, String ehr, CdsRequest request) {
        String hook = CdsServices.hookOf(serviceId).orElseThrow(() -> Problems.notFound("CDS service"));
        if (request == null || !hook.equals(request.hook())) {
            throw Problems.invalidSubmission(List.of(new Violation("hook", "must be " + hook + " for this service")));
        }
        return hook.equals("patient-view") ? patientView(ehr, request) : orderSelect(ehr, request);
    }

    private Cards.Response patientView(String ehr, CdsRequest request) {
        String fhirInputs = patientData.forScoring(ehr, request);
        AssessmentEntity assessment = assessments.assess(fhirInputs, idempotencyKey(fhirInputs)).assessment();
        List<Cards.Link> links = links(assessment.id);
        List<Cards.Card> cards = new ArrayList<>(CardWriter.redFlags(assessment.result.triage(), links));
        CardWriter.leadingSource(assessment.result, links).ifPresent(cards::add);
        return new Cards.Response(cards);
    }

    private Cards.Response orderSelect(String ehr, CdsRequest request) {
        List<ImagingOrders.Order> orders = imaging.selected(request.context());
        if (orders.isEmpty()) {
            return new Cards.Response(List.of()); // not lumbar or hip imaging: nothing to say, and no data needed
        }
        Scored scored = scoring.score(rules.check(reader.read(patientData.forScoring(ehr, request)).submission()));
        List<Cards.Card> redFlags = CardWriter.redFlags(scored.triage(), List.of());
        if (!redFlags.isEmpty()) {
            return new Cards.Response(redFlags); // imaging may well be indicated: the red flags say why
        }
        AssessmentResult.NextStep noImaging = scored.nextSteps().stream()
                .filter(s -> "next.no-routine-imaging".equals(s.code())).findFirst()
                .orElseThrow(() -> new IllegalStateException("a ROUTINE triage without the no-routine-imaging step"));
        return new Cards.Response(List.of(CardWriter.noRoutineImaging(noImaging, orders, imaging.hipGuidance())));
    }

    private List<Cards.Link> links(UUID assessmentId) {
        String api = config.links().assessmentBaseUrl();
        return List.of(
                new Cards.Link("Full result", api + "/api/v1/assessments/" + assessmentId, "absolute"),
                new Cards.Link("RiskAssessment (FHIR)", api + "/fhir/r4/RiskAssessment/" + assessmentId, "absolute"),
                new Cards.Link("Clinician report", config.links().reportBaseUrl() + "/api/v1/assessments/" + assessmentId + "/report",
                        "absolute"));
    }

    /** The same inputs give the same key, so a chart opened again replays its assessment instead of adding one. */
    static String idempotencyKey(String fhirInputs) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(fhirInputs.getBytes(StandardCharsets.UTF_8));
            return "cds:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
