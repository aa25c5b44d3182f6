package health.hipspine.kit.caller;

import java.util.Objects;

/**
 * The clinic whose patient data a query may touch. Every patient-data repository method takes one as an
 * explicit parameter, so the scope is visible at the call site (no hidden filter).
 */
public record ClinicScope(String clinicId) {

    public ClinicScope {
        Objects.requireNonNull(clinicId, "clinicId");
        if (clinicId.isBlank()) {
            throw new IllegalArgumentException("clinicId is blank");
        }
    }

    @Override
    public String toString() {
        return clinicId;
    }
}
