package health.hipspine.perf;

import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.stack.LocalStack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** Alice (clinician, clinic-a) as the benchmark's caller: her real Keycloak token and a hip–spine submission. */
final class Clinician {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A hip–spine presentation with examination findings and the three questionnaires, as a clinician sends it;
     * {@code %d} takes the patient number (1,000 patients, so history look-ups find earlier rows).
     */
    static final String SUBMISSION = """
            {"patientRef":"pt-bench-%d","encounterDate":"2026-11-20","age":64,"sex":"female",
             "findings":[{"code":"pain.groin","value":true,"side":"right"},
                         {"code":"test.fadir","value":true,"side":"right"},
                         {"code":"rom.hip.internal-rotation","value":12,"side":"right"}],
             "questionnaires":{"odi":[3,3,3,3,3,3,3,3,3,3],"startBack":[0,1,0,0,1,0,0,1,2],"nprs":6}}""";

    private final LocalStack stack;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Clinician(LocalStack stack) {
        this.stack = stack;
    }

    /** A fresh access token (Keycloak's lifespan is 5 minutes: long runs ask again every minute). */
    String token() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(stack.keycloak().tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=hipspine-web&username=alice&password=alice-demo"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("token: " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    /** One submission; returns the assessment id. */
    UUID submit(String token, int patient) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(post(token, patient), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IOException("POST: " + r.statusCode() + " " + r.body());
        }
        return UUID.fromString(JSON.readTree(r.body()).path("id").asText());
    }

    HttpRequest post(String token, int patient) {
        return HttpRequest.newBuilder(URI.create(stack.serviceUrl("assessment-service") + "/api/v1/assessments"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SUBMISSION.formatted(patient))).build();
    }

    HttpClient http() {
        return http;
    }

    static UUID idOf(String body) throws IOException {
        return UUID.fromString(JSON.readTree(body).path("id").asText());
    }
}
