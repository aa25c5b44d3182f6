package health.hipspine.report;

import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.events.AssessmentResult;
import health.hipspine.events.AssessmentResult.Contribution;
import health.hipspine.events.AssessmentResult.DifferentialEntry;
import health.hipspine.events.Progress;
import health.hipspine.events.QuestionnaireAnswers;
import health.hipspine.events.SubmittedFinding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A typical completed assessment (urgent triage, hip and spine both likely), shaped like the assessment service's. */
public final class SampleEvents {

    public static final String URGENT_EN = "Contact your doctor today and ask to be seen within the next few days.";
    public static final String URGENT_ES = "Llame hoy a su médico y pida que le vean en los próximos días.";

    private SampleEvents() {
    }

    public static AssessmentCompletedV1 typical(UUID assessmentId, String clinic, String patientRef) {
        return typical(assessmentId, clinic, patientRef, "URGENT");
    }

    public static AssessmentCompletedV1 typical(UUID assessmentId, String clinic, String patientRef, String triageLevel) {
        boolean routine = "ROUTINE".equals(triageLevel);
        var triage = new AssessmentResult.Triage(triageLevel,
                routine ? List.of() : List.of(
                        new AssessmentResult.TriageReason("redflag.night-pain", "Night pain not eased by rest", "NICE NG59 2016"),
                        new AssessmentResult.TriageReason("redflag.history-of-cancer", "History of cancer", "Finucane 2020")),
                routine ? "Continue with the plan below." : "Arrange same-week medical review and imaging to exclude spinal malignancy.");
        var differential = List.of(
                new DifferentialEntry("HIP_INTRA_ARTICULAR", 0.25, "Sutlive 2008 cohort prevalence", 0.58, List.of(
                        new Contribution("test.scour", 2.4, "INCREASES", "Sutlive 2008", "S", null),
                        new Contribution("rom.hip.internal-rotation", 5.2, "INCREASES", "Sutlive 2008", "S", "cluster ≥3 of 5"),
                        new Contribution("test.fadir", 1.02, "INCREASES", "Reiman 2013", "S", "screening accuracy only")),
                        List.of("hip-osteoarthritis", "femoroacetabular-impingement")),
                new DifferentialEntry("LUMBAR_RADICULAR", 0.20, "Deyo 1992 primary care", 0.41, List.of(
                        new Contribution("test.slump", 4.9, "INCREASES", "Majlesi 2008", "S", "conflicting specificity (0.83 vs 0.89)"),
                        new Contribution("test.slr", 0.29, "DECREASES", "van der Windt 2010", "S", null)),
                        List.of("lumbar-disc-herniation-radiculopathy")),
                new DifferentialEntry("LUMBAR_STENOSIS", 0.10, "Konno 2007", 0.12, List.of(
                        new Contribution("relieved.sitting", 1.6, "INCREASES", "Konno 2007", "C", null)),
                        List.of("lumbar-spinal-stenosis")),
                new DifferentialEntry("SACROILIAC", 0.15, "Laslett 2005", 0.05, List.of(
                        new Contribution("test.sij-thigh-thrust", 0.17, "DECREASES", "Laslett 2005", "C", null)),
                        List.of("sacroiliac-joint-pain")),
                new DifferentialEntry("HIP_LATERAL", 0.15, "Grimaldi 2017", 0.06, List.of(
                        new Contribution("test.trochanter-tenderness", 0.5, "DECREASES", "Grimaldi 2017", "U", "small case-control study")),
                        List.of("greater-trochanteric-pain-syndrome")),
                new DifferentialEntry("LUMBAR_NONSPECIFIC", 0.15, "Deyo 1992", 0.09, List.of(), List.of("lumbar-facet-joint-pain", "lumbar-muscle-strain")));
        var result = new AssessmentResult("model-1.0.0", "content-2026.11", triage, differential,
                new AssessmentResult.HipSpineSyndrome(true, "Intra-articular hip (58 %) and lumbar radicular (41 %) both remain above 30 %."),
                new AssessmentResult.QuestionnaireScores(new AssessmentResult.Odi(38, "Severe disability", 10),
                        new AssessmentResult.StartBack(5, 3, "MEDIUM"), 6),
                new AssessmentResult.ExercisePlan(true, null, List.of(
                        new AssessmentResult.ExercisePlanItem("hip-bridge", "Bridge", "2 sets of 10, daily", "Gluteal strength for hip and back",
                                "strength", "hip-osteoarthritis", "NICE NG226 2022", List.of(new AssessmentResult.ExerciseWatch(
                                "femoroacetabular-impingement", "Keep the lift small if the groin pinches.")), null),
                        new AssessmentResult.ExercisePlanItem("sciatic-nerve-glide", "Sciatic nerve glide", "10 slow glides, twice a day", "Nerve mobility for radicular pain"),
                        new AssessmentResult.ExercisePlanItem("hip-flexor-stretch", "Kneeling hip flexor stretch", "3 x 30 s each side, daily", "Hip extension range"))),
                List.of(new AssessmentResult.NextStep("diagnostic-hip-injection",
                                "Consider a diagnostic intra-articular hip injection: hip and spine sources remain close.", "Pateder 2007"),
                        new AssessmentResult.NextStep("no-routine-imaging", "No routine lumbar imaging without red flags or a planned intervention.", "Chou 2011")),
                List.of(new AssessmentResult.Warning("weak-evidence", "FADIR contributes little: its specificity is low (Reiman 2013)."),
                        new AssessmentResult.Warning("conflict", "Slump test specificity differs between sources (0.83 vs 0.89).")),
                "primary-care", "HIP_INTRA_ARTICULAR", routine ? null : new AssessmentResult.PatientInstruction(triageLevel, "patient.urgent",
                        URGENT_EN, java.util.Map.of("en", URGENT_EN, "es", URGENT_ES)),
                false, List.of());
        var progress = new Progress(UUID.randomUUID(), LocalDate.of(2026, 10, 20), List.of(
                new Progress.MeasureChange("ODI", 46, 38, -8, 10, "Ostelo 2008", "NO_IMPORTANT_CHANGE"),
                new Progress.MeasureChange("NPRS", 8, 6, -2, 2, "Ostelo 2008", "IMPROVED")));
        return new AssessmentCompletedV1(assessmentId, clinic, "dr.garcia", patientRef, LocalDate.of(2026, 11, 20), 61, "FEMALE",
                Instant.parse("2026-11-20T09:30:00Z"),
                List.of(new SubmittedFinding("pain.groin", true, "right"), new SubmittedFinding("pain.low-back", true, null),
                        new SubmittedFinding("pain.below-knee", true, "right"), new SubmittedFinding("aggravated.squatting", true, null),
                        new SubmittedFinding("relieved.sitting", true, null), new SubmittedFinding("morning-stiffness-minutes", 30, null),
                        new SubmittedFinding("rom.hip.internal-rotation", 15, "right"), new SubmittedFinding("test.scour", true, "right"),
                        new SubmittedFinding("test.fadir", true, "right"), new SubmittedFinding("test.slump", true, "right"),
                        new SubmittedFinding("test.slr", false, "right"), new SubmittedFinding("test.sij-thigh-thrust", false, "right"),
                        new SubmittedFinding("test.trochanter-tenderness", false, "right"),
                        new SubmittedFinding("redflag.night-pain", true, null), new SubmittedFinding("redflag.history-of-cancer", true, null),
                        new SubmittedFinding("redflag.saddle-anaesthesia", false, null), new SubmittedFinding("redflag.fever", false, null)),
                new QuestionnaireAnswers(Arrays.asList(2, 3, 2, 1, 2, 3, 2, 1, 1, 2), List.of(1, 1, 0, 1, 0, 1, 1, 0, 2), 6),
                result, progress);
    }

    /**
     * The typical event with the outcome measures of issue 11: HOOS-12 scored, STarT Back not scored (hip-only
     * pain), NPRS judged by the percent rule and HOOS-12 changes without a MIC.
     */
    public static AssessmentCompletedV1 withOutcomeMeasures(UUID assessmentId, String clinic, String patientRef) {
        AssessmentCompletedV1 e = typical(assessmentId, clinic, patientRef, "ROUTINE");
        AssessmentResult r = e.result();
        var scores = new AssessmentResult.QuestionnaireScores(r.questionnaires().odi(), null, 6,
                new AssessmentResult.Hoos12(75.0, 50.0, 37.5, 54.2, "U",
                        "Summary = mean of Pain, Function and QOL; KOOS-12 is summarised this way (S); inferred for HOOS-12 (U).",
                        12, "Gandek 2019; koos.nu"),
                List.of(new AssessmentResult.NotScored("STARTBACK",
                        "STarT Back not scored: no back pain recorded (pain.low-back). Hill 2008; Hill 2016.", "Hill 2008; Hill 2016")));
        var result = new AssessmentResult(r.modelVersion(), r.contentRelease(), r.triage(), r.differential(), r.hipSpineSyndrome(),
                scores, r.exercisePlan(), r.nextSteps(), r.warnings(), r.setting(), r.leadingCategory(), r.patientInstruction(),
                r.loadedExerciseSuppressed(), r.suppressedSuggestions());
        var progress = new Progress(UUID.randomUUID(), LocalDate.of(2026, 10, 20), List.of(
                new Progress.MeasureChange("ODI", 46, 38, -8, 10, "Ostelo 2008", "NO_IMPORTANT_CHANGE", -17.4, 30.0,
                        "Improved: a fall of 10 points or 30% of the baseline; worsened: a rise of 10 points (Ostelo 2008, V)."),
                new Progress.MeasureChange("NPRS", 8, 6, -2, 2.4, "Farrar 2001; Childs 2005 (minimal detectable change)",
                        "NO_IMPORTANT_CHANGE", -25.0, 30.0,
                        "Improved: a fall of 30% of the baseline, here 2.4 points (Farrar 2001, V). Worsened: a rise of 2 points (Childs 2005, V).")),
                List.of(new Progress.ChangeWithoutMic("HOOS12_PAIN", 45, 75, 30, 26.2, "MDC_INDIVIDUAL_FULL_HOOS",
                                "Gojło & Paradowski 2020 (full HOOS, Polish version, individual MDC 1 year after THA; V)", "V",
                                "BEYOND_MDC_BETTER", "No HOOS-12 minimal important change was found (status U)."),
                        new Progress.ChangeWithoutMic("HOOS12_FUNCTION", 25, 50, 25, null, "NONE", "Gandek 2019; koos.nu", "U",
                                "NOT_JUDGED", "No published threshold for this scale: the change is shown, not judged.")));
        return new AssessmentCompletedV1(e.assessmentId(), e.clinicId(), e.clinician(), e.patientRef(), e.encounterDate(), e.age(),
                e.sex(), e.createdAt(), e.findings(), new QuestionnaireAnswers(e.questionnaireAnswers().odi(),
                e.questionnaireAnswers().startBack(), 6, Arrays.asList(1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 2, 3)), result, progress);
    }
}
