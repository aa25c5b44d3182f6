package health.hipspine.content.domain;

/** Who acted: the token's subject and, for machine clients, the client id (azp). */
public record Actor(String subject, String clientId) {

    /** The start-up import of the release files. */
    public static final Actor IMPORT = new Actor("content-import", null);
}
