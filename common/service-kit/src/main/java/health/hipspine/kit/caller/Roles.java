package health.hipspine.kit.caller;

/** The realm roles of deploy/keycloak/hipspine-realm.json, for {@code @RolesAllowed} and {@link Caller#hasRole}. */
public final class Roles {

    public static final String CLINICIAN = "clinician";
    /** An EHR's service account (client credentials). */
    public static final String INTEGRATION = "integration";
    public static final String CONTENT_EDITOR = "content-editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
