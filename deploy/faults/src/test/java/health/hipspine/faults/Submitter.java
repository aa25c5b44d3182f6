package health.hipspine.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.stack.LocalStack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Submits assessments over HTTP as a clinician would, with an Idempotency-Key per assessment: a POST that failed
 * (service killed, database frozen) is repeated with the same key until it is accepted, so a retry whose first
 * attempt did commit replays the first answer instead of creating a second assessment.
 */
final class Submitter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LocalStack stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger attempts = new AtomicInteger();

    Submitter(LocalStack stack) {
        this.stack = stack;
    }

    /** Submits {@code n} assessments (patient refs {@code prefix-0000...}) with 8 clients; returns the accepted ids. */
    List<UUID> submit(String prefix, int n, IntFunction<String> assessmentUrl, Duration patience) throws Exception {
        String token = token();
        List<UUID> accepted = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    accepted.add(submitOne(prefix + "-" + String.format("%04d", index), assessmentUrl.apply(index), token, patience));
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new ArrayList<>(accepted);
    }

    int attempts() {
        return attempts.get();
    }

    private UUID submitOne(String patientRef, String baseUrl, String token, Duration patience) throws Exception {
        String body = """
                {"patientRef":"%s","encounterDate":"%s","age":67,"sex":"female",
                 "findings":[{"code":"pain.groin","value":true}]}""".formatted(patientRef, LocalDate.now());
        long deadline = System.nanoTime() + patience.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            attempts.incrementAndGet();
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/assessments"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "faults:" + patientRef)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201 || r.statusCode() == 200) {
                    return UUID.fromString(JSON.readTree(r.body()).path("id").asText());
                }
                last = r.statusCode() + " " + r.body();
                if (r.statusCode() < 500 && r.statusCode() != 409 && r.statusCode() != 429) {
                    throw new AssertionError("POST refused for good: " + last);
                }
            } catch (IOException unreachable) {
                last = unreachable.toString(); // killed, restarting or frozen: try again
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not accepted within " + patience.toSeconds() + " s: " + last);
    }

    /** Alice (clinician, clinic-a) from the real Keycloak. */
    String token() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=hipspine-web&username=alice&password="
                + URLEncoder.encode("alice-demo", StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(stack.keycloak().tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode node = JSON.readTree(r.body());
        if (r.statusCode() != 200) {
            throw new IOException("token: " + r.statusCode() + " " + r.body());
        }
        return node.path("access_token").asText();
    }
}
