package health.hipspine.report.security;

/** Realm roles of the hipspine realm (fixed contract). */
public final class Roles {
    public static final String CLINICIAN = "clinician";
    public static final String INTEGRATION = "integration";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
