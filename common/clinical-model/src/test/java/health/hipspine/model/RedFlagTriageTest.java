package health.hipspine.model;

import health.hipspine.model.triage.TriageLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static health.hipspine.model.Presentations.patient;
import static org.assertj.core.api.Assertions.assertThat;

class RedFlagTriageTest {

    private static TriageLevel level(Presentations p) {
        return p.assess().triage().level();
    }

    @ParameterizedTest
    @ValueSource(strings = {"redflag.saddle-anaesthesia", "redflag.urinary-retention", "redflag.bowel-bladder-incontinence",
            "redflag.bilateral-neuro-deficit", "redflag.sexual-dysfunction", "redflag.perianal-sensation-loss",
            "redflag.progressive-weakness"})
    void anySingleCaudaEquinaFlagIsAnEmergency(String flag) {
        assertThat(level(patient(40, Sex.FEMALE).yes(flag))).isEqualTo(TriageLevel.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"redflag.history-of-cancer", "redflag.prolonged-steroids", "redflag.significant-trauma",
            "redflag.pulsatile-abdominal-mass"})
    void singleFlagsWithMeaningfulPostTestProbabilitiesAreUrgent(String flag) {
        assertThat(level(patient(40, Sex.FEMALE).yes(flag))).isEqualTo(TriageLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"redflag.night-pain", "redflag.unexplained-weight-loss", "redflag.fever",
            "redflag.iv-drug-use-or-immunosuppression"})
    void weakFlagsAloneAreListedButStayRoutine(String flag) {
        ModelResult r = patient(40, Sex.FEMALE).yes(flag).assess();
        assertThat(r.triage().level()).isEqualTo(TriageLevel.ROUTINE);
        assertThat(r.triage().reasons()).extracting(ModelResult.TriageReason::code).containsExactly(flag);
    }

    @Test
    void ageOverFiftyAloneIsVisibleButNeverEscalates() {
        ModelResult r = patient(51, Sex.MALE).assess();
        assertThat(r.triage().level()).isEqualTo(TriageLevel.ROUTINE);
        assertThat(r.triage().reasons()).singleElement().satisfies(t -> {
            assertThat(t.code()).isEqualTo("triage.age-over-50");
            assertThat(t.text()).contains("barely changes");
        });
        assertThat(patient(50, Sex.MALE).assess().triage().reasons()).isEmpty();
    }

    @Test
    void feverWithAnInfectionRiskFactorIsUrgentAndWithProgressiveWeaknessAnEmergency() {
        assertThat(level(patient(30, Sex.MALE).yes("redflag.fever", "redflag.iv-drug-use-or-immunosuppression")))
                .isEqualTo(TriageLevel.URGENT);
        assertThat(level(patient(30, Sex.MALE).yes("redflag.fever", "redflag.progressive-weakness")))
                .isEqualTo(TriageLevel.EMERGENCY);
    }

    @Test
    void twoFractureFlagsTogetherAreUrgentWithTheDownieMultipleFlagNote() {
        ModelResult r = patient(75, Sex.FEMALE).yes("redflag.prolonged-steroids").assess();
        assertThat(r.triage().reasons()).extracting(ModelResult.TriageReason::code)
                .contains("triage.fracture-multiple-flags", "redflag.prolonged-steroids");
        assertThat(r.triage().level()).isEqualTo(TriageLevel.URGENT);
    }

    @Test
    void weightLossOverFiftyIsUrgentThoughWeightLossAloneIsNot() {
        assertThat(level(patient(55, Sex.MALE).yes("redflag.unexplained-weight-loss"))).isEqualTo(TriageLevel.URGENT);
        assertThat(level(patient(45, Sex.MALE).yes("redflag.unexplained-weight-loss"))).isEqualTo(TriageLevel.ROUTINE);
    }

    @Test
    void aFlagRecordedAbsentNeverFires() {
        ModelResult r = patient(40, Sex.MALE).no("redflag.saddle-anaesthesia", "redflag.history-of-cancer").assess();
        assertThat(r.triage().level()).isEqualTo(TriageLevel.ROUTINE);
        assertThat(r.triage().reasons()).isEmpty();
        assertThat(r.triage().action()).contains("No red flag");
    }
}
