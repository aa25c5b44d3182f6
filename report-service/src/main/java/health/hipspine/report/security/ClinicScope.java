package health.hipspine.report.security;

/** The clinic a data access is limited to; repository methods that serve callers require one. */
public record ClinicScope(String clinicId) {
    public ClinicScope {
        if (clinicId == null || clinicId.isBlank()) {
            throw new IllegalArgumentException("clinic is required");
        }
    }
}
