package health.hipspine.testing.contract;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A REST Assured filter that holds every call under {@code /api/}, {@code /fhir/} and {@code /cds-services} to a
 * committed OpenAPI contract: the operation (method + path) must be declared, its path, query and header parameters
 * must be declared and fit their schemas, the request body must match the operation's request schema, and the
 * response status, content type and body must be declared for it. A mismatch throws an {@link AssertionError} naming
 * the operation and the violation, so the test fails. Other paths ({@code /q/health}, {@code /q/openapi}, metrics,
 * the console's static files) are not part of the contract and pass unchecked.
 */
public final class ContractFilter implements OrderedFilter {

    private final ContractDocument contract;
    private volatile boolean checkRequests = true;

    public ContractFilter(ContractDocument contract) {
        this.contract = contract;
    }

    /** Off while a test sends a malformed request on purpose ({@link MalformedRequests}); responses stay checked. */
    public void checkRequests(boolean on) {
        this.checkRequests = on;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath();
        if (!inContract(path)) {
            return ctx.next(request, responseSpec);
        }
        ContractDocument.Operation op = contract.operation(request.getMethod(), path).orElse(null);
        if (op == null) {
            if (!checkRequests) {
                // a test proving there is no such operation (or a CORS preflight) sends it on purpose
                return ctx.next(request, responseSpec);
            }
            throw new AssertionError(request.getMethod() + " " + path + " is not an operation of " + contract.name());
        }
        List<String> problems = new ArrayList<>();
        if (checkRequests) {
            problems.addAll(contract.parameterProblems(op, path, uri.getRawQuery(), headers(request)));
            problems.addAll(contract.requestProblems(op, request.getContentType(), text(request.getBody())));
        }
        Response response = ctx.next(request, responseSpec);
        problems.addAll(contract.responseProblems(op, response.statusCode(), response.contentType(),
                response.asString()));
        if (!problems.isEmpty()) {
            throw new AssertionError("The exchange does not match " + contract.name() + ":\n  "
                    + String.join("\n  ", problems));
        }
        return response;
    }

    /** After REST Assured's own filters (logging, auth), so the request checked is the one sent. */
    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    /** The paths our contracts declare; everything else a service serves is not part of them. */
    static boolean inContract(String path) {
        return path.startsWith("/api/") || path.startsWith("/fhir/") || path.equals("/cds-services")
                || path.startsWith("/cds-services/");
    }

    private static Map<String, List<String>> headers(FilterableRequestSpecification request) {
        Map<String, List<String>> headers = new HashMap<>();
        request.getHeaders().forEach(h -> headers.computeIfAbsent(h.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(h.getValue()));
        return headers;
    }

    private static String text(Object body) {
        if (body == null) {
            return null;
        }
        return body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : body.toString();
    }
}
