package health.hipspine.assessment.fhir.service;

import health.hipspine.assessment.repository.AssessmentEntity;
import health.hipspine.assessment.service.AssessmentService;
import health.hipspine.assessment.service.AssessmentStore.Submitted;
import health.hipspine.kit.problem.Violation;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The FHIR face of {@link AssessmentService}: a FHIR submission is read into the JSON API's submission and then
 * takes exactly its path (rules, scoring, idempotency, clinic scope, audit). Only the violations' paths change:
 * they name the FHIR element the value came from.
 */
@ApplicationScoped
public class FhirAssessments {

    private final SubmissionFromFhir reader;
    private final AssessmentService assessments;

    public FhirAssessments(SubmissionFromFhir reader, AssessmentService assessments) {
        this.reader = reader;
        this.assessments = assessments;
    }

    public Submitted assess(String body, String idempotencyKey) {
        // an unreadable body is refused before the service, as the JSON API's Jackson refuses malformed JSON
        SubmissionFromFhir.Read read = reader.read(body);
        try {
            return assessments.submit(read.submission(), idempotencyKey);
        } catch (HttpProblem rejected) {
            throw atFhirPaths(rejected, read);
        }
    }

    public Optional<AssessmentEntity> find(UUID id) {
        return assessments.find(id);
    }

    /** The patient's assessments at the caller's clinic, newest encounter first. */
    public List<AssessmentEntity> ofPatient(String patientRef, int limit) {
        return assessments.history(patientRef, limit).stream().map(AssessmentService.Visit::assessment).toList();
    }

    @SuppressWarnings("unchecked")
    static HttpProblem atFhirPaths(HttpProblem problem, SubmissionFromFhir.Read read) {
        Object violations = problem.getParameters().get("violations");
        if (!(violations instanceof List<?> list)) {
            return problem;
        }
        List<Violation> moved = new ArrayList<>(list.size());
        for (Object o : list) {
            if (o instanceof Violation v) {
                // the header's name stays as it is; every body path becomes the FHIR element's
                moved.add(v.field().equals("Idempotency-Key") ? v : new Violation(read.expressionOf(v.field()), v.message()));
            }
        }
        HttpProblem.Builder copy = HttpProblem.builder().withType(problem.getType()).withStatus(problem.getStatusCode())
                .withTitle(problem.getTitle()).withDetail(problem.getDetail());
        problem.getHeaders().forEach(copy::withHeader);
        for (Map.Entry<String, Object> p : problem.getParameters().entrySet()) {
            copy.with(p.getKey(), p.getKey().equals("violations") ? moved : p.getValue());
        }
        return copy.build();
    }
}
