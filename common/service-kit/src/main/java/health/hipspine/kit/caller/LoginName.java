package health.hipspine.kit.caller;

/**
 * The name a clinician recognises on a report, from the token's claims. Keycloak's subject is an opaque
 * UUID and a service account's preferred_username is {@code service-account-<client>}, so: the user's
 * login name, else the OAuth client's id, else the subject. Pure, so it is tested without a token.
 */
public final class LoginName {

    static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private LoginName() {
    }

    public static String of(String preferredUsername, String clientId, String subject) {
        String name = stripQuotes(preferredUsername);
        if (name != null && !name.isBlank() && !name.startsWith(SERVICE_ACCOUNT_PREFIX)) {
            return name;
        }
        if (clientId != null && !clientId.isBlank()) {
            return clientId;
        }
        if (name != null && name.startsWith(SERVICE_ACCOUNT_PREFIX) && name.length() > SERVICE_ACCOUNT_PREFIX.length()) {
            return name.substring(SERVICE_ACCOUNT_PREFIX.length());
        }
        return subject;
    }

    // smallrye-jwt may hand a string claim back as a JSON string value, quotes included
    static String stripQuotes(String value) {
        if (value != null && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
