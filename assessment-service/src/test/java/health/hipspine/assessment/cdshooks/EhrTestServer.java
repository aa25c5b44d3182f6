package health.hipspine.assessment.cdshooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.keys.EllipticCurves;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A registered EHR as the tests see it, on a JDK HttpServer at a random port: its JWKS (RS384 and ES384 keys generated
 * here, public halves served; a second key set for the allow-listed jku) and a small FHIR server that answers the
 * QuestionnaireResponse prefetch query for one patient, and the Patient and Observations of another, when called with
 * the expected access token.
 */
public class EhrTestServer implements QuarkusTestResourceLifecycleManager {

    static final String ISSUER = "https://ehr-a.example.org";
    static final String BASE_URL = "https://cds.hipspine.test";
    static final String ACCESS_TOKEN = "ehr-a-fhir-access-token";
    /** The one EHR patient the FHIR server knows. */
    static final String FETCHABLE_PATIENT = "ehr-patient-fetchable";
    static final String FETCHED_PATIENT_REF = "pt-fetched-1";
    /** An EHR patient with no QuestionnaireResponse, whose findings the FHIR server holds as Observations. */
    static final String OBSERVED_PATIENT = "ehr-patient-observed";
    static final String OBSERVED_PATIENT_REF = "pt-observed-1";

    static RsaJsonWebKey rsa;
    static EllipticCurveJsonWebKey ec;
    static RsaJsonWebKey jkuKey;
    static String url;
    static volatile String lastFhirQuery;
    /** Every Patient and Observation request the FHIR server saw (path and raw query). */
    static final java.util.List<String> fhirQueries = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            if (server == null) {
                rsa = RsaJwkGenerator.generateJwk(2048);
                rsa.setKeyId("ehr-a-rsa");
                ec = EcJwkGenerator.generateJwk(EllipticCurves.P384);
                ec.setKeyId("ehr-a-ec");
                jkuKey = RsaJwkGenerator.generateJwk(2048);
                jkuKey.setKeyId("ehr-a-jku");
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/jwks", x -> send(x, 200, "application/json", new JsonWebKeySet(rsa, ec)
                        .toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
                server.createContext("/jku-keys", x -> send(x, 200, "application/json", new JsonWebKeySet(jkuKey)
                        .toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
                server.createContext("/fhir/QuestionnaireResponse", EhrTestServer::questionnaireResponses);
                server.createContext("/fhir/Patient/", x -> authorised(x, x.getRequestURI().getPath().endsWith("/" + OBSERVED_PATIENT)
                        ? CdsFixtures.patient(OBSERVED_PATIENT_REF) : null));
                server.createContext("/fhir/Observation", x -> authorised(x, query(x).contains("subject=Patient/" + OBSERVED_PATIENT)
                        ? CdsFixtures.observations(OBSERVED_PATIENT_REF) : CdsFixtures.EMPTY_SEARCHSET));
                server.start();
                url = "http://127.0.0.1:" + server.getAddress().getPort();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> config = new HashMap<>();
        config.put("cds-hooks.base-url", BASE_URL);
        config.put("cds-hooks.ehrs.ehr-a.issuer", ISSUER);
        config.put("cds-hooks.ehrs.ehr-a.jwks-url", url + "/jwks");
        config.put("cds-hooks.ehrs.ehr-a.allowed-jku", url + "/jku-keys");
        config.put("cds-hooks.ehrs.ehr-a.clinic", "clinic-a");
        config.put("cds-hooks.ehrs.ehr-a.fhir-servers", url + "/fhir");
        return config;
    }

    private static void questionnaireResponses(HttpExchange x) throws IOException {
        lastFhirQuery = x.getRequestURI().getRawQuery();
        String query = x.getRequestURI().getQuery();
        if (!("Bearer " + ACCESS_TOKEN).equals(x.getRequestHeaders().getFirst("Authorization"))) {
            send(x, 401, "application/fhir+json", "{\"resourceType\":\"OperationOutcome\"}");
        } else if (query != null && query.contains("subject=Patient/" + FETCHABLE_PATIENT)) {
            send(x, 200, "application/fhir+json", CdsFixtures.searchset(CdsFixtures.hipResponse(FETCHED_PATIENT_REF, "")));
        } else {
            send(x, 200, "application/fhir+json", "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}");
        }
    }

    private static String query(HttpExchange x) {
        String query = x.getRequestURI().getQuery();
        return query == null ? "" : query;
    }

    /** The body to the expected access token (404 when null), 401 to any other. */
    private static void authorised(HttpExchange x, String body) {
        fhirQueries.add(x.getRequestURI().getRawPath() + "?" + x.getRequestURI().getRawQuery());
        if (!("Bearer " + ACCESS_TOKEN).equals(x.getRequestHeaders().getFirst("Authorization"))) {
            send(x, 401, "application/fhir+json", "{\"resourceType\":\"OperationOutcome\"}");
        } else if (body == null) {
            send(x, 404, "application/fhir+json", "{\"resourceType\":\"OperationOutcome\"}");
        } else {
            send(x, 200, "application/fhir+json", body);
        }
    }

    private static void send(HttpExchange x, int status, String type, String body) {
        try (x) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", type);
            x.sendResponseHeaders(status, bytes.length);
            x.getResponseBody().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // kept for the JVM's other test classes; the server's threads are daemon-free but tiny, stopped at exit
    }
}
