package health.hipspine.kit.caller;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginNameTest {

    @Test
    void aUserIsShownByTheirLoginName() {
        assertThat(LoginName.of("dr.lena", "hipspine-web", "6f1c-uuid")).isEqualTo("dr.lena");
    }

    @Test
    void aServiceAccountIsShownByItsClientId() {
        assertThat(LoginName.of("service-account-ehr-clinic-a", "ehr-clinic-a", "uuid")).isEqualTo("ehr-clinic-a");
    }

    @Test
    void aServiceAccountWithoutClientIdIsShownByTheAccountsClientName() {
        assertThat(LoginName.of("service-account-ehr-clinic-b", null, "uuid")).isEqualTo("ehr-clinic-b");
    }

    @Test
    void withoutNameOrClientTheSubjectIsShown() {
        assertThat(LoginName.of(null, null, "uuid-1")).isEqualTo("uuid-1");
        assertThat(LoginName.of("  ", null, "uuid-2")).isEqualTo("uuid-2");
        assertThat(LoginName.of(null, "web", "uuid-3")).isEqualTo("web");
    }

    @Test
    void aClaimHandedBackAsAJsonStringLosesItsQuotes() {
        assertThat(LoginName.of("\"dr.lena\"", null, "uuid")).isEqualTo("dr.lena");
    }

    @Test
    void aClinicScopeMustNameAClinic() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ClinicScope(" "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ClinicScope("clinic-a").toString()).isEqualTo("clinic-a");
    }
}
