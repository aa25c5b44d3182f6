package health.hipspine.assessment.fhir.plumbing;

import ca.uhn.fhir.context.FhirContext;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * All FHIR plumbing of this service, in one place so that common/fhir-kit (same roles: FhirContextProducer,
 * FhirResourceWriter, FhirErrorFilter, OperationOutcomes) can replace this class at merge:
 * <ul>
 *   <li>the one FhirContext (building one scans the whole R4 model: seconds), as a CDI bean;</li>
 *   <li>HAPI resources returned by resources written as FHIR JSON (Jackson would write HAPI's Java model);</li>
 *   <li>on /fhir/** every error that is not already an OperationOutcome (401, 403, 404 from the service kit's
 *       problem mappers) rewritten into one, keeping status and headers.</li>
 * </ul>
 * Not covered: a missing or rejected token is refused by Quarkus' proactive authentication before JAX-RS, as a
 * bare 401 with {@code WWW-Authenticate: Bearer} (the same as on the JSON API).
 */
@Provider
@jakarta.ws.rs.Produces({FhirPlumbing.FHIR_JSON, MediaType.APPLICATION_JSON})
public class FhirPlumbing implements MessageBodyWriter<IBaseResource>, ContainerResponseFilter {

    public static final String FHIR_JSON = "application/fhir+json";
    static final String PATH_PREFIX = "/fhir/";

    /** HAPI's process-wide cached R4 context: the producer below hands out this same instance. */
    private static final FhirContext R4 = FhirContext.forR4Cached();

    @jakarta.enterprise.inject.Produces
    @Singleton
    public FhirContext fhirContext() {
        return R4;
    }

    /** One issue, its type chosen from the HTTP status (R4 issue-type codes). */
    public static OperationOutcome outcome(int status, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(status >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR)
                .setCode(issueType(status))
                .setDiagnostics(diagnostics);
        return outcome;
    }

    public static IssueType issueType(int status) {
        return switch (status) {
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404, 410 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            case 409, 412, 428 -> IssueType.CONFLICT;
            case 413 -> IssueType.TOOCOSTLY;
            case 400, 422 -> IssueType.INVALID;
            default -> status >= 500 ? IssueType.EXCEPTION : IssueType.PROCESSING;
        };
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return IBaseResource.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(IBaseResource resource, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws java.io.IOException {
        headers.putSingle("Content-Type", FHIR_JSON + ";charset=UTF-8");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        R4.newJsonParser().encodeResourceToWriter(resource, writer);
        writer.flush();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        boolean fhirPath = path != null && (path.startsWith(PATH_PREFIX) || path.startsWith(PATH_PREFIX.substring(1)));
        if (response.getStatus() < 400 || !fhirPath || response.getEntity() instanceof IBaseOperationOutcome) {
            return;
        }
        response.setEntity(outcome(response.getStatus(), diagnostics(response)), null, MediaType.valueOf(FHIR_JSON));
    }

    private static String diagnostics(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof HttpProblem problem) {
            return problem.getDetail() != null ? problem.getDetail() : problem.getTitle();
        }
        if (entity instanceof String text && !text.isBlank()) {
            return text;
        }
        return response.getStatusInfo().getReasonPhrase();
    }
}
