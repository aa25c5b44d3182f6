package health.hipspine.testing;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Health and metrics live on the management interface (its own port, no user token), not on the API port that
 * REST Assured points at: tests reach them through these absolute URLs.
 */
public final class ManagementInterface {

    private ManagementInterface() {
    }

    /** Absolute URL of {@code path} (e.g. {@code /q/metrics}) on the running test application's management port. */
    public static String url(String path) {
        // Quarkus publishes the port it actually bound (test-port=0: a random one) as this system property
        String port = System.getProperty("quarkus.management.test-port",
                ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", String.class).orElse("9001"));
        String host = ConfigProvider.getConfig().getOptionalValue("quarkus.management.host", String.class).orElse("127.0.0.1");
        return "http://" + host + ":" + port + path;
    }

    public static String metrics() {
        return url("/q/metrics");
    }
}
