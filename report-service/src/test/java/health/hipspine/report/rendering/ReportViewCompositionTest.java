package health.hipspine.report.rendering;

import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.report.SampleEvents;
import health.hipspine.report.client.ContentLookup;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Event → view, without templates or PDF: the words and numbers the documents will print. */
class ReportViewCompositionTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private final ClinicianReportComposer clinician = new ClinicianReportComposer();
    private final HandoutComposer handout = new HandoutComposer();

    @Test
    void urgentTriageIsABannerWithItsActionAndCitedReasonsRoutineIsNot() {
        var urgent = clinician.compose(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-1"), ContentLookup.NONE, "t", 1, NOW);
        assertThat(urgent.triage().routine()).isFalse();
        assertThat(urgent.triage().label()).isEqualTo("URGENT: red flags present");
        assertThat(urgent.triage().action()).startsWith("Arrange same-week medical review");
        assertThat(urgent.triage().reasons()).extracting(ClinicianReportView.CitedText::source).contains("NICE NG59 2016");

        var routine = clinician.compose(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-1", "ROUTINE"), ContentLookup.NONE, "t", 1, NOW);
        assertThat(routine.triage().routine()).isTrue();
        assertThat(routine.triage().reasons()).isEmpty();
    }

    @Test
    void theDifferentialIsOrderedByPostTestProbabilityWithTextAndBarWidths() {
        var view = clinician.compose(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-1"), ContentLookup.NONE, "t", 2, NOW);
        var top = view.differential().get(0);
        assertThat(top.top()).isTrue();
        assertThat(top.pre()).isEqualTo("25 %");
        assertThat(top.post()).isEqualTo("58 %");
        assertThat(top.postWidth()).isEqualTo(58);
        assertThat(view.differential().stream().filter(ClinicianReportView.DifferentialBar::top)).hasSize(1);
        assertThat(view.reportVersion()).isEqualTo(2);
        assertThat(view.generatedAt()).isEqualTo("2026-11-20 10:00 UTC");
    }

    @Test
    void contributionsFollowTheCategoriesOrderThenTheLargestEffectAndSayWhichWay() {
        var rows = clinician.compose(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-1"), ContentLookup.NONE, "t", 1, NOW)
                .topContributions();
        // hip intra-articular first: internal rotation (LR 5.2) before scour (2.4) before FADIR (1.02)
        assertThat(rows).extracting(ClinicianReportView.ContributionRow::finding).startsWith(
                "rom.hip.internal-rotation", "test.scour", "test.fadir", "test.slump", "test.slr");
        assertThat(rows.get(4).direction()).isEqualTo("lowers");
        assertThat(rows.get(4).likelihoodRatio()).isEqualTo("0.29");
        assertThat(rows.get(0).evidence()).isEqualTo("secondary source; cluster ≥3 of 5");
        assertThat(rows).hasSizeLessThanOrEqualTo(8);
    }

    private static ClinicianReportView.QuestionnaireRow row(ClinicianReportView view, String measure) {
        return view.questionnaires().stream().filter(q -> q.measure().equals(measure)).findFirst().orElseThrow();
    }

    @Test
    void everyMeasureShowsItsChangeAgainstItsPublishedThresholdOrSaysThereIsNone() {
        var view = clinician.compose(SampleEvents.withOutcomeMeasures(UUID.randomUUID(), "clinic-a", "PT-1"), ContentLookup.NONE, "t", 1, NOW);
        assertThat(row(view, "Pain now (NPRS)").change()).contains("-2 (from 8, -25 %): no important change")
                .contains("30% of the baseline, here 2.4 points").contains("Farrar 2001");
        assertThat(row(view, "Oswestry Disability Index").change()).contains("-8 (from 46, -17.4 %)").contains("Ostelo 2008");
        assertThat(row(view, "HOOS-12 Pain").score()).isEqualTo("75 / 100");
        assertThat(row(view, "HOOS-12 Pain").change()).contains("+30 (from 45)")
                .contains("better, beyond the full-HOOS individual minimal detectable change of 26.2")
                .contains("Gojło & Paradowski 2020").contains("no HOOS-12 minimal important change is published");
        assertThat(row(view, "HOOS-12 Function").change()).contains("+25 (from 25)").contains("not judged: no published threshold");
        assertThat(row(view, "HOOS-12 Quality of life").change()).isEqualTo("no earlier value");
        assertThat(row(view, "HOOS-12 summary").band()).contains("status U");
        assertThat(row(view, "HOOS-12 summary").source()).contains("Gandek 2019");
        assertThat(row(view, "STarT Back Tool").score()).isEqualTo("not scored");
        assertThat(row(view, "STarT Back Tool").band()).contains("no back pain recorded").contains("Hill 2016");
        assertThat(view.findingGroups().stream().filter(g -> g.title().equals("Questionnaires")).findFirst().orElseThrow().rows())
                .extracting(ClinicianReportView.FindingRow::value).contains("12 of 12 items answered");
    }

    @Test
    void anEventFromBeforeIssue11StillPrintsItsMcidChange() {
        var view = clinician.compose(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-1"), ContentLookup.NONE, "t", 1, NOW);
        assertThat(row(view, "Pain now (NPRS)").change()).isEqualTo("-2 (from 8; MCID 2, Ostelo 2008): improved");
        assertThat(view.questionnaires()).extracting(ClinicianReportView.QuestionnaireRow::measure).doesNotContain("HOOS-12 Pain");
    }

    @Test
    void withoutTheCatalogueExercisesPrintTheEventsOwnNameAndDosageAndSaySo() {
        var view = clinician.compose(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-1"), ContentLookup.NONE, "t", 1, NOW);
        assertThat(view.exercises()).extracting(ClinicianReportView.ExerciseBlock::name)
                .containsExactly("Bridge", "Sciatic nerve glide", "Kneeling hip flexor stretch");
        assertThat(view.exercises()).noneMatch(ClinicianReportView.ExerciseBlock::detailed);
        assertThat(view.exercisePlanNote()).contains("could not be loaded from the content catalogue");
    }

    @Test
    void eachExerciseSaysItsPhaseAndWhatToWatchAndOlderItemsPrintWithoutThem() {
        var view = clinician.compose(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-1"), ContentLookup.NONE, "t", 1, NOW);
        var bridge = view.exercises().get(0);
        assertThat(bridge.phase()).isEqualTo("strength");
        assertThat(bridge.watch()).containsExactly("Keep the lift small if the groin pinches. (femoroacetabular impingement)");
        var glide = view.exercises().get(1);
        assertThat(glide.phase()).isNull();
        assertThat(glide.watch()).isEmpty();
    }

    @Test
    void withoutALeaderTheReportSaysNoClearSourceAndMarksNoBar() {
        AssessmentCompletedV1 led = SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-1");
        var r = led.result();
        var unled = new health.hipspine.events.AssessmentResult(r.modelVersion(), r.contentRelease(), r.triage(), r.differential(),
                r.hipSpineSyndrome(), r.questionnaires(), r.exercisePlan(), r.nextSteps(), r.warnings(), r.setting(), null,
                r.patientInstruction(), r.loadedExerciseSuppressed(), r.suppressedSuggestions());
        var view = clinician.compose(withResult(led, unled), ContentLookup.NONE, "t", 1, NOW);
        assertThat(view.topCategory()).isEqualTo(ClinicianReportComposer.NO_CLEAR_SOURCE);
        assertThat(view.differential()).noneMatch(ClinicianReportView.DifferentialBar::top);
    }

    @Test
    void anUrgentHandoutSaysWhereToGoInThePatientsLanguageAndHoldsTheExercises() {
        AssessmentCompletedV1 urgent = SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-1", "URGENT");
        assertThat(handout.compose(urgent, ContentLookup.NONE, "en", NOW).actNow()).isEqualTo(SampleEvents.URGENT_EN);
        assertThat(handout.compose(urgent, ContentLookup.NONE, "es", NOW).actNow()).isEqualTo(SampleEvents.URGENT_ES);
        assertThat(handout.compose(SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-1", "ROUTINE"), ContentLookup.NONE, "en", NOW)
                .actNow()).isNull();

        // an emergency event from before model 2026.12 carries no instruction: our own fixed words, never "keep moving"
        var r = urgent.result();
        var oldEmergency = new health.hipspine.events.AssessmentResult(r.modelVersion(), r.contentRelease(),
                new health.hipspine.events.AssessmentResult.Triage("EMERGENCY", r.triage().reasons(), r.triage().action()),
                r.differential(), r.hipSpineSyndrome(), r.questionnaires(), r.exercisePlan(), r.nextSteps(), r.warnings());
        HandoutView emergency = handout.compose(withResult(urgent, oldEmergency), ContentLookup.NONE, "es", NOW);
        assertThat(emergency.actNow()).isEqualTo(emergency.text().get("actNowEmergency")).contains("urgencias");
    }

    private static AssessmentCompletedV1 withResult(AssessmentCompletedV1 e, health.hipspine.events.AssessmentResult result) {
        return new AssessmentCompletedV1(e.assessmentId(), e.clinicId(), e.clinician(), e.patientRef(), e.encounterDate(), e.age(),
                e.sex(), e.createdAt(), e.findings(), e.questionnaireAnswers(), result, e.progress());
    }

    @Test
    void theHandoutIsInTheAskedLanguageWhenWeHaveItAndEnglishOtherwise() {
        AssessmentCompletedV1 event = SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-1");
        assertThat(handout.compose(event, ContentLookup.NONE, "es", NOW).language()).isEqualTo("es");
        HandoutView french = handout.compose(event, ContentLookup.NONE, "fr", NOW);
        assertThat(french.language()).isEqualTo("en");
        assertThat(french.detailsMissing()).isTrue();
        assertThat(french.exercises()).extracting(HandoutView.Exercise::number).containsExactly(1, 2, 3);
    }

    @Test
    void percentagesAndNumbersAreWrittenForReaders() {
        assertThat(ReportWording.percent(0.004)).isEqualTo("<1 %");
        assertThat(ReportWording.percent(0)).isEqualTo("0 %");
        assertThat(ReportWording.number(24.0)).isEqualTo("24");
        assertThat(ReportWording.number(0.333)).isEqualTo("0.33");
        assertThat(ReportWording.number(4.62)).isEqualTo("4.6");
        assertThat(ReportWording.evidenceLabel("C")).isEqualTo("computed from Sn/Sp");
        assertThat(ReportWording.groupOf("redflag.fever")).isEqualTo("Red-flag screen");
        assertThat(ReportWording.groupOf("rom.hip.internal-rotation")).isEqualTo("Examination");
        assertThat(ReportWording.groupOf("pain.groin")).isEqualTo("History and symptoms");
    }
}
