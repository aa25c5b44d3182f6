package health.hipspine.fhirkit;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;

/**
 * On /fhir/** every error answers as an OperationOutcome, whatever produced it: the service kit's problem
 * mappers (401 without a token, 403 wrong role or no clinic, 404, 400 bad parameter) or a resource. Rewriting the
 * finished response keeps one set of exception mappers for the JSON API and FHIR alike; status and headers
 * (e.g. {@code WWW-Authenticate}) stay, only the body and its type change.
 */
@Provider
public class FhirErrorFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || !isFhirPath(request.getUriInfo().getPath())
                || response.getEntity() instanceof IBaseOperationOutcome) {
            return;
        }
        Object entity = response.getEntity();
        response.setEntity(entity instanceof HttpProblem problem ? OperationOutcomes.of(problem)
                        : OperationOutcomes.of(response.getStatus(), diagnostics(response)), null,
                MediaType.valueOf(FhirMedia.FHIR_JSON));
    }

    static boolean isFhirPath(String path) {
        return path != null && (path.startsWith(FhirMedia.PATH_PREFIX) || path.startsWith(FhirMedia.PATH_PREFIX.substring(1)));
    }

    private static String diagnostics(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof String text && !text.isBlank()) {
            return text;
        }
        return response.getStatusInfo().getReasonPhrase();
    }
}
