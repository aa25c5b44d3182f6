package health.hipspine.assessment.cdshooks.service;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.assessment.cdshooks.config.CdsHooksConfig;
import health.hipspine.kit.problem.Problems;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The patient's inputs for scoring, from the call's prefetch or, when a key is missing, fetched from the EHR's
 * fhirServer with the call's fhirAuthorization (only a FHIR server registered for that EHR: the URL comes from the
 * request, and we must not be made to call anywhere else). The result is one resource the $assess reader takes: the
 * newest QuestionnaireResponse, else a Bundle of the Patient and its Observations. Neither: 412.
 */
@ApplicationScoped
public class PatientData {

    private static final Logger LOG = Logger.getLogger(PatientData.class);
    private static final String FHIR_JSON = "application/fhir+json";

    private final FhirContext fhir;
    private final CdsHooksConfig config;
    private final Client client;
    private final ObjectMapper json;

    public PatientData(FhirContext fhir, CdsHooksConfig config, ObjectMapper json) {
        this.fhir = fhir;
        this.config = config;
        this.json = json;
        long timeout = config.fetchTimeout().toMillis();
        this.client = ClientBuilder.newBuilder().connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS).build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** FHIR JSON for SubmissionFromFhir, or 412 when the required prefetch is missing and cannot be fetched. */
    public String forScoring(String ehr, CdsRequest request) {
        Optional<QuestionnaireResponse> answers = resource(ehr, request, CdsServices.QUESTIONNAIRE_RESPONSE)
                .flatMap(r -> first(r, QuestionnaireResponse.class));
        if (answers.isPresent()) {
            return fhir.newJsonParser().encodeResourceToString(answers.get());
        }
        Optional<Patient> patient = resource(ehr, request, CdsServices.PATIENT).flatMap(r -> first(r, Patient.class));
        List<Observation> observations = resource(ehr, request, CdsServices.OBSERVATIONS)
                .map(r -> all(r, Observation.class)).orElse(List.of());
        if (patient.isPresent() && !observations.isEmpty()) {
            Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
            bundle.addEntry().setResource(patient.get());
            observations.forEach(o -> bundle.addEntry().setResource(o));
            return fhir.newJsonParser().encodeResourceToString(bundle);
        }
        throw Problems.preconditionFailed("Required prefetch missing and not fetchable: '" + CdsServices.QUESTIONNAIRE_RESPONSE
                + "', or '" + CdsServices.PATIENT + "' and '" + CdsServices.OBSERVATIONS + "'");
    }

    private Optional<IBaseResource> resource(String ehr, CdsRequest request, String key) {
        Object given = request.prefetch() == null ? null : request.prefetch().get(key);
        if (given != null) {
            try {
                return parse(json.writeValueAsString(given));
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        }
        return fetch(ehr, request, key).flatMap(this::parse);
    }

    private Optional<String> fetch(String ehr, CdsRequest request, String key) {
        String server = request.fhirServer();
        CdsHooksConfig.Ehr registered = config.ehrs().get(ehr);
        String patientId = request.contextText("patientId");
        if (server == null || request.fhirAuthorization() == null || request.fhirAuthorization().accessToken() == null
                || registered == null || patientId == null
                || !registered.fhirServers().orElse(List.of()).contains(stripSlash(server))) {
            return Optional.empty();
        }
        String query = CdsServices.PREFETCH.get(key).replace("{{context.patientId}}", patientId);
        try (Response answer = target(stripSlash(server), query).request(FHIR_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + request.fhirAuthorization().accessToken()).get()) {
            if (answer.getStatus() != 200) {
                LOG.infof("prefetch %s from the FHIR server of %s: HTTP %d", key, ehr, answer.getStatus());
                return Optional.empty();
            }
            return Optional.of(answer.readEntity(String.class));
        } catch (ProcessingException e) {
            LOG.infof("prefetch %s from the FHIR server of %s failed: %s", key, ehr, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** "Resource?a=b&c=d" against the base URL, each query value encoded once (WebTarget.queryParam would encode again). */
    private WebTarget target(String base, String relative) {
        int q = relative.indexOf('?');
        StringBuilder uri = new StringBuilder(base).append('/').append(q < 0 ? relative : relative.substring(0, q));
        if (q >= 0) {
            char separator = '?';
            for (String pair : relative.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                uri.append(separator).append(pair, 0, eq).append('=')
                        .append(URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return client.target(URI.create(uri.toString()));
    }

    private Optional<IBaseResource> parse(String json) {
        try {
            return Optional.of(fhir.newJsonParser().parseResource(json));
        } catch (DataFormatException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static <T extends IBaseResource> Optional<T> first(IBaseResource resource, Class<T> type) {
        return all(resource, type).stream().findFirst();
    }

    private static <T extends IBaseResource> List<T> all(IBaseResource resource, Class<T> type) {
        if (type.isInstance(resource)) {
            return List.of(type.cast(resource));
        }
        if (resource instanceof Bundle bundle) {
            return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                    .filter(type::isInstance).map(type::cast).toList();
        }
        return List.of();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
