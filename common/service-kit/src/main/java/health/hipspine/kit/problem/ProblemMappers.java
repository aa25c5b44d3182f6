package health.hipspine.kit.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Client mistakes answer 4xx problem details, never 5xx: an unparseable parameter 400 naming it, a Bean
 * Validation failure on a parameter 400 naming it, on the body 422 with JSON paths, an unreadable body
 * 400. The messages are ours, not Jackson's: Jackson's can quote submitted content (patient data).
 *
 * <p>One method per exception class that another extension maps too (quarkus-rest-jackson,
 * quarkus-hibernate-validator, quarkus-resteasy-problem): the most specific class wins, so ours are as specific.
 */
public class ProblemMappers {

    @ServerExceptionMapper(priority = 1)
    public Response invalidParameter(InvalidParameterException e) {
        return response(Problems.invalidParameter(e.parameter(), e.reason()));
    }

    @ServerExceptionMapper(priority = 1)
    public Response constraintViolation(ConstraintViolationException e, SimpleResourceInfo resource) {
        return violations(e, resource);
    }

    /** Quarkus's own subclass for resource-method validation, mapped by quarkus-hibernate-validator otherwise. */
    @ServerExceptionMapper(priority = 1)
    public Response resourceViolation(io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException e,
                                      SimpleResourceInfo resource) {
        return violations(e, resource);
    }

    /**
     * Quarkus REST wraps a body that is not JSON at all (a syntax error, a truncated document) in a plain
     * 400 {@code WebApplicationException}; unwrap it to the same problem as the other unreadable bodies.
     * Any other plain {@code WebApplicationException} answers as quarkus-resteasy-problem would: its status,
     * reason phrase and message, with its headers (e.g. {@code Allow}), and type {@code not-found} for 404, else
     * {@code about:blank} (RFC 9457: no more meaning than the status).
     */
    @ServerExceptionMapper(priority = 1)
    public Response webApplication(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadable(json);
            }
        }
        Response original = e.getResponse();
        // a type on every problem, which clients switch on (fuzzing found the routing 404 and the 415 without one)
        URI type = original.getStatus() == 404 ? Problems.NOT_FOUND : URI.create("about:blank");
        HttpProblem.Builder problem = HttpProblem.builder().withType(type).withStatus(original.getStatusInfo())
                .withTitle(original.getStatusInfo().getReasonPhrase()).withDetail(e.getMessage());
        original.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> problem.withHeader(name, v));
            }
        });
        return problem.build().toResponse();
    }

    /** quarkus-resteasy-problem maps these subclasses itself, without a type: ours must be as specific. */
    @ServerExceptionMapper(priority = 1)
    public Response notFound(jakarta.ws.rs.NotFoundException e) {
        return webApplication(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response notAllowed(jakarta.ws.rs.NotAllowedException e) {
        return webApplication(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response notSupported(jakarta.ws.rs.NotSupportedException e) {
        return webApplication(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response notAcceptable(jakarta.ws.rs.NotAcceptableException e) {
        return webApplication(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownProperty(UnrecognizedPropertyException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response syntax(JsonParseException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e) {
        String field = "";
        String message = "is not valid JSON";
        if (e instanceof UnrecognizedPropertyException unknown) {
            field = jsonPath(unknown);
            message = "is not a known property";
        } else if (e instanceof JsonMappingException mapping && !(e instanceof JsonParseException)) {
            field = jsonPath(mapping);
            message = "has the wrong JSON type";
        }
        return response(Problems.unreadableBody(field, message));
    }

    private static Response violations(ConstraintViolationException e, SimpleResourceInfo resource) {
        Method method = method(resource);
        List<Violation> parameters = new ArrayList<>();
        List<Violation> body = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            ViolationPaths.Located located = ViolationPaths.locate(violation, method);
            if (located == null) {
                // a return value broke its constraint: our bug, not the client's
                return Response.serverError().build();
            }
            (located.inBody() ? body : parameters).add(located.violation());
        }
        if (!parameters.isEmpty()) {
            return response(Problems.invalidParameters(sorted(parameters)));
        }
        return response(Problems.invalidSubmission(sorted(body)));
    }

    private static List<Violation> sorted(List<Violation> violations) {
        // Bean Validation reports in no particular order; a stable order makes answers comparable
        violations.sort(java.util.Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return violations;
    }

    private static Method method(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return null;
        }
        try {
            return resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
        } catch (NoSuchMethodException e) {
            for (Method m : resource.getResourceClass().getDeclaredMethods()) {
                if (m.getName().equals(resource.getMethodName())
                        && java.util.Arrays.equals(m.getParameterTypes(), resource.parameterTypes())) {
                    return m;
                }
            }
            return null;
        }
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The problem as a response: the mapper answers it directly so no other mapper rewrites it. */
    static Response response(HttpProblem problem) {
        return problem.toResponse();
    }
}
