package health.hipspine.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import health.hipspine.testing.fuzz.OpenApiFuzzer.Endpoint;
import health.hipspine.testing.fuzz.OpenApiFuzzer.Request;
import io.swagger.v3.oas.models.OpenAPI;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Sends {@link OpenApiFuzzer} requests to a running service and checks every answer: never 5xx, and every 4xx is
 * {@code application/problem+json} with {@code type}, {@code title} and {@code status} (= the HTTP status) — below
 * {@code /fhir/} an {@code application/fhir+json} OperationOutcome with at least one issue, as FHIR clients expect.
 * {@code -Dfuzz.seed=} replays a run (the seed is printed first); {@code -Dfuzz.count=} sets how many requests,
 * {@code -Dfuzz.parallel=} how many are in flight at once.
 */
public final class ApiFuzz {

    public static final String SEED_PROPERTY = "fuzz.seed";
    public static final String COUNT_PROPERTY = "fuzz.count";
    /** Requests in flight at once (default 4); 1 sends them one by one, in order, to replay a run exactly. */
    public static final String PARALLEL_PROPERTY = "fuzz.parallel";
    private static final int KEEP_FAILURES = 20;

    /** What one run saw. */
    public record Result(String service, long seed, int sent, Map<String, Integer> perEndpoint, Map<Integer, Integer> statuses,
                         Map<String, Integer> perKind, List<String> failures, long millis) {

        public String summary() {
            StringBuilder sb = new StringBuilder();
            sb.append("fuzz ").append(service).append(": ").append(sent).append(" requests in ").append(millis).append(" ms, seed ")
                    .append(seed).append(" (rerun with -D").append(SEED_PROPERTY).append('=').append(seed).append(")\n");
            perEndpoint.forEach((e, n) -> sb.append("  ").append(e).append(": ").append(n).append('\n'));
            sb.append("  statuses: ").append(statuses).append('\n');
            sb.append("  kinds: ").append(perKind).append('\n');
            failures.forEach(f -> sb.append("  FAILURE ").append(f).append('\n'));
            return sb.toString();
        }
    }

    private ApiFuzz() {
    }

    /** The service's committed contract ({@code docs/openapi/<service>.yaml}), which its OpenApiContractTest keeps equal to the served one. */
    public static String committedDocument(String service) {
        try {
            return java.nio.file.Files.readString(health.hipspine.testing.contract.ApiContracts.committed(service));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static long seed() {
        Long fixed = Long.getLong(SEED_PROPERTY);
        return fixed != null ? fixed : new SecureRandom().nextLong();
    }

    public static int count(int defaultCount) {
        return Integer.getInteger(COUNT_PROPERTY, defaultCount);
    }

    /**
     * @param baseUri    the service under test (e.g. {@code http://localhost:8081})
     * @param document   its OpenAPI document (see {@link #committedDocument(String)})
     * @param tokenFor   a bearer token allowed to call the endpoint (null: none)
     * @param knownParameterValues path parameter values that exist in the test's data
     */
    public static Result run(String service, URI baseUri, String document, long seed, int count,
                             Function<Endpoint, String> tokenFor, Map<String, List<String>> knownParameterValues) {
        System.out.println("fuzz " + service + ": seed " + seed + ", " + count + " requests");
        OpenAPI api = OpenApiFuzzer.parse(document);
        OpenApiFuzzer fuzzer = new OpenApiFuzzer(api, seed, knownParameterValues);
        if (fuzzer.endpoints().isEmpty()) {
            throw new AssertionError(service + ": the document has no POST/PUT operation");
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, Integer> perEndpoint = new TreeMap<>();
        Map<String, Integer> perKind = new TreeMap<>();
        // requests are generated in order on this thread (so a seed replays them), then sent with a few in flight
        int parallel = Math.max(1, Integer.getInteger(PARALLEL_PROPERTY, 4));
        Semaphore inFlight = new Semaphore(parallel);
        int[] answered = new int[count];
        String[] problems = new String[count];
        List<CompletableFuture<?>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Request request = fuzzer.request(i);
            perEndpoint.merge(request.endpoint().toString(), 1, Integer::sum);
            perKind.merge(request.kind().name(), 1, Integer::sum);
            HttpRequest http;
            try {
                http = build(baseUri, request, tokenFor.apply(request.endpoint()));
            } catch (IllegalArgumentException e) {
                // a path the HTTP client itself refuses to send is not a finding against the service
                answered[i] = 0;
                continue;
            }
            inFlight.acquireUninterruptibly();
            int index = i;
            sent.add(client.sendAsync(http, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
                try {
                    if (error != null) {
                        answered[index] = -1;
                        // the server may answer 413 and close while an oversized body is still being written
                        if (request.kind() != OpenApiFuzzer.Kind.OVERSIZED_BODY) {
                            problems[index] = describe(index, request, "connection failed: " + error);
                        }
                    } else {
                        answered[index] = response.statusCode();
                        String problem = check(response);
                        if (problem != null) {
                            problems[index] = describe(index, request, problem);
                        }
                    }
                    return null;
                } finally {
                    inFlight.release();
                }
            }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < count; i++) {
            statuses.merge(answered[i], 1, Integer::sum);
            if (problems[i] != null && ++failed <= KEEP_FAILURES) {
                failures.add(problems[i]);
            }
        }
        Result result = new Result(service, seed, count, perEndpoint, statuses, perKind, failures,
                (System.nanoTime() - start) / 1_000_000);
        System.out.println(result.summary());
        if (failed > 0) {
            throw new AssertionError(failed + " of " + count + " answers broke the contract (seed " + seed + ")\n" + result.summary());
        }
        return result;
    }

    private static HttpRequest build(URI base, Request request, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + request.path()))
                .timeout(Duration.ofSeconds(60))
                .method(request.endpoint().method(), HttpRequest.BodyPublishers.ofByteArray(request.body()))
                .header("Content-Type", request.contentType())
                .header("Accept", "application/json, application/problem+json");
        request.headers().forEach(b::header);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    /** Null when the answer keeps the contract, else what is wrong with it. */
    static String check(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "answered " + status + ": " + abbreviate(response.body());
        }
        if (status < 400) {
            return null;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.request().uri().getPath().startsWith("/fhir/")) {
            return operationOutcome(status, type, response.body());
        }
        if (!type.startsWith("application/problem+json")) {
            return "answered " + status + " as '" + type + "', not application/problem+json: " + abbreviate(response.body());
        }
        try {
            JsonNode body = SchemaValues.JSON.readTree(response.body());
            if (body == null || !body.path("type").isTextual() || !body.path("title").isTextual() || body.path("status").asInt() != status) {
                return "answered " + status + " with a problem lacking type/title/status: " + abbreviate(response.body());
            }
        } catch (IOException e) {
            return "answered " + status + " with an unreadable problem: " + abbreviate(response.body());
        }
        return null;
    }

    private static String operationOutcome(int status, String type, String body) {
        if (!type.startsWith("application/fhir+json")) {
            return "answered " + status + " as '" + type + "', not application/fhir+json: " + abbreviate(body);
        }
        try {
            JsonNode outcome = SchemaValues.JSON.readTree(body);
            if (outcome == null || !"OperationOutcome".equals(outcome.path("resourceType").asText())
                    || outcome.path("issue").isEmpty()) {
                return "answered " + status + " without an OperationOutcome issue: " + abbreviate(body);
            }
        } catch (IOException e) {
            return "answered " + status + " with an unreadable OperationOutcome: " + abbreviate(body);
        }
        return null;
    }

    private static String describe(int index, Request request, String what) {
        return "#" + index + " " + request.kind() + " " + request.endpoint().method() + " " + request.path() + " " + request.headers()
                + " [" + request.contentType() + "] " + request.bodyPreview().replace("\n", " ") + "\n      → " + what;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
