package health.hipspine.report.service;

/** Conditional downloads: the ETag of an archived PDF is the SHA-256 of its bytes. */
public final class ETags {

    private ETags() {
    }

    /**
     * Whether an {@code If-None-Match} header names this document: {@code *}, or one of its comma-separated
     * tags equal to the hash, strong or weak ({@code W/}). A null or empty header matches nothing.
     */
    public static boolean matches(String ifNoneMatch, String sha256) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.trim();
            if (t.equals("*") || t.equals("\"" + sha256 + "\"") || t.equals("W/\"" + sha256 + "\"")) {
                return true;
            }
        }
        return false;
    }
}
