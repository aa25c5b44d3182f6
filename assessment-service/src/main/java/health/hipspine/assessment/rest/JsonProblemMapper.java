package health.hipspine.assessment.rest;

import com.fasterxml.jackson.core.JsonParseException;
import health.hipspine.assessment.service.Problems;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Unreadable bodies answer 400 with the JSON path of the failing field. The message is ours, not
 * Jackson's: Jackson's can quote the submitted content, which may hold patient data.
 */
public class JsonProblemMapper {

    /*
     * One method per exception class that another extension maps too (quarkus-rest-jackson,
     * quarkus-resteasy-problem): the most specific class wins, so ours must be as specific.
     */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(com.fasterxml.jackson.databind.exc.InvalidFormatException e) {
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
            field = path(unknown);
            message = "is not a known property";
        } else if (e instanceof JsonMappingException mapping && !(e instanceof JsonParseException)) {
            field = path(mapping);
            message = "has the wrong JSON type";
        }
        String detail = field.isEmpty() ? "The body " + message : field + " " + message;
        java.util.Map<String, Object> problem = new java.util.LinkedHashMap<>();
        problem.put("type", Problems.INVALID_SUBMISSION.toString());
        problem.put("status", 400);
        problem.put("title", "The request body is not a readable assessment");
        problem.put("detail", detail);
        problem.put("violations", java.util.List.of(new Problems.Violation(field, message)));
        return Response.status(400).type("application/problem+json").entity(problem).build();
    }

    static String path(JsonMappingException e) {
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
}
