package health.hipspine.fhirkit;

/** Media types and the path prefix of every FHIR endpoint in the suite. */
public final class FhirMedia {

    /** The FHIR JSON media type (R4 http.html#mime); every /fhir/** response uses it. */
    public static final String FHIR_JSON = "application/fhir+json";
    /** FHIR servers must answer JSON when asked for plain JSON too. */
    public static final String JSON = "application/json";
    /** Every FHIR endpoint lives below this path; errors there are OperationOutcomes, never problem details. */
    public static final String PATH_PREFIX = "/fhir/";

    private FhirMedia() {
    }
}
