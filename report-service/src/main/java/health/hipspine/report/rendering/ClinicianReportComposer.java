package health.hipspine.report.rendering;

import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.events.AssessmentResult;
import health.hipspine.events.AssessmentResult.Contribution;
import health.hipspine.events.AssessmentResult.DifferentialEntry;
import health.hipspine.events.Progress;
import health.hipspine.events.SubmittedFinding;
import health.hipspine.report.client.ContentLookup;
import health.hipspine.report.client.ExerciseDetails;
import health.hipspine.report.rendering.ClinicianReportView.CitedText;
import health.hipspine.report.rendering.ClinicianReportView.ContributionRow;
import health.hipspine.report.rendering.ClinicianReportView.DifferentialBar;
import health.hipspine.report.rendering.ClinicianReportView.ExerciseBlock;
import health.hipspine.report.rendering.ClinicianReportView.FindingGroup;
import health.hipspine.report.rendering.ClinicianReportView.FindingRow;
import health.hipspine.report.rendering.ClinicianReportView.QuestionnaireRow;

import static health.hipspine.report.rendering.ReportWording.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The event → view mapping of the clinician report: which parts of the event (plus whatever the content
 * catalogue can add) the report prints, and in which order. How single values are worded lives in
 * {@link ReportWording}; category names come from the catalogue ({@link CategoryLabels}). A new event field
 * that the report should print is added here and in {@link ClinicianReportView}.
 */
public final class ClinicianReportComposer {

    private static final int MAX_CONTRIBUTIONS = 8;
    /** Printed when no finding raised one category: the most probable entry may owe its place to prevalence or age. */
    static final String NO_CLEAR_SOURCE = "no clear source (no finding raised one category above the others)";

    /** The catalogue's English name of a category (the clinician report is in English). */
    private static String categoryLabel(String category) {
        return CategoryLabels.label(category, "en");
    }

    public ClinicianReportView compose(AssessmentCompletedV1 event, ContentLookup content, String templateVersion,
            int reportVersion, Instant generatedAt) {
        AssessmentResult result = event.result();
        List<DifferentialEntry> differential = sortedDifferential(result);
        String topCategory = result.leadingCategory() == null ? NO_CLEAR_SOURCE : categoryLabel(result.leadingCategory());
        ExercisePlanText plan = exercises(result, content);
        return new ClinicianReportView(
                "Hip-spine assessment report",
                String.valueOf(event.assessmentId()),
                event.clinicId(),
                orDash(event.clinician()),
                event.patientRef(),
                event.encounterDate() == null ? "-" : event.encounterDate().toString(),
                ageSex(event),
                event.createdAt() == null ? "-" : ReportWording.TIMESTAMP.format(event.createdAt()),
                triage(result.triage()),
                findingGroups(event, content),
                bars(differential, result.leadingCategory()),
                topCategory,
                contributions(differential, content),
                hipSpine(result.hipSpineSyndrome()),
                questionnaires(result.questionnaires(), event.progress()),
                progressNote(event.progress()),
                plan.blocks(),
                plan.note(),
                list(result.nextSteps()).stream().map(s -> new CitedText(s.text(), s.source())).toList(),
                list(result.warnings()).stream().map(AssessmentResult.Warning::text).toList(),
                orDash(result.modelVersion()),
                orDash(result.contentRelease()),
                templateVersion,
                reportVersion,
                ReportWording.TIMESTAMP.format(generatedAt));
    }

    public static List<DifferentialEntry> sortedDifferential(AssessmentResult result) {
        return list(result.differential()).stream()
                .sorted(Comparator.comparingDouble(DifferentialEntry::probability).reversed())
                .toList();
    }

    private static ClinicianReportView.Triage triage(AssessmentResult.Triage triage) {
        String level = triage == null || triage.level() == null ? "ROUTINE" : triage.level();
        String label = switch (level) {
            case "EMERGENCY" -> "EMERGENCY: red flags present";
            case "URGENT" -> "URGENT: red flags present";
            default -> "Routine: no red flags reported";
        };
        List<CitedText> reasons = triage == null ? List.of()
                : list(triage.reasons()).stream().map(r -> new CitedText(r.text(), r.source())).toList();
        return new ClinicianReportView.Triage(level, label, "ROUTINE".equals(level),
                triage == null ? "" : orDash(triage.action()), reasons);
    }

    private static List<FindingGroup> findingGroups(AssessmentCompletedV1 event, ContentLookup content) {
        Map<String, List<FindingRow>> groups = new LinkedHashMap<>();
        groups.put("History and symptoms", new ArrayList<>());
        groups.put("Examination", new ArrayList<>());
        groups.put("Red-flag screen", new ArrayList<>());
        for (SubmittedFinding finding : list(event.findings())) {
            String name = content.findingName(finding.code(), "en").orElse(finding.code());
            groups.get(groupOf(finding.code())).add(new FindingRow(name, finding.code(), value(finding)));
        }
        List<FindingRow> questionnaires = new ArrayList<>();
        var answers = event.questionnaireAnswers();
        if (answers != null) {
            if (answers.odi() != null) {
                long answered = answers.odi().stream().filter(Objects::nonNull).count();
                questionnaires.add(new FindingRow("Oswestry Disability Index", "odi", answered + " of 10 sections answered"));
            }
            if (answers.startBack() != null) {
                questionnaires.add(new FindingRow("STarT Back Tool", "startBack", answers.startBack().size() + " of 9 items answered"));
            }
            if (answers.nprs() != null) {
                questionnaires.add(new FindingRow("Pain now (NPRS 0-10)", "nprs", String.valueOf(answers.nprs())));
            }
            if (answers.hoos12() != null) {
                long answered = answers.hoos12().stream().filter(Objects::nonNull).count();
                questionnaires.add(new FindingRow("HOOS-12 (items by code; licensed wording from koos.nu)", "hoos12",
                        answered + " of 12 items answered"));
            }
        }
        groups.put("Questionnaires", questionnaires);
        return groups.entrySet().stream().map(e -> new FindingGroup(e.getKey(), e.getValue())).toList();
    }



    /** One bar per category, most probable first; only the model's leader (if any) is marked. */
    private static List<DifferentialBar> bars(List<DifferentialEntry> differential, String leadingCategory) {
        List<DifferentialBar> bars = new ArrayList<>();
        for (DifferentialEntry entry : differential) {
            bars.add(new DifferentialBar(categoryLabel(entry.category()), percent(entry.preTestProbability()),
                    percent(entry.probability()), width(entry.preTestProbability()), width(entry.probability()),
                    String.join(", ", list(entry.conditionCodes())), orDash(entry.preTestSource()),
                    entry.category().equals(leadingCategory)));
        }
        return bars;
    }

    private record Ranked(int rank, String category, Contribution contribution) {
    }

    /**
     * The contributions behind the leading categories: categories in order of probability, within each the
     * findings that moved it most (largest |ln LR|).
     */
    private static List<ContributionRow> contributions(List<DifferentialEntry> differential, ContentLookup content) {
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < differential.size(); i++) {
            for (Contribution c : list(differential.get(i).contributions())) {
                ranked.add(new Ranked(i, differential.get(i).category(), c));
            }
        }
        return ranked.stream()
                .filter(r -> r.contribution().likelihoodRatio() > 0)
                .sorted(Comparator.comparingInt(Ranked::rank)
                        .thenComparing(Comparator.comparingDouble((Ranked r) -> Math.abs(Math.log(r.contribution().likelihoodRatio()))).reversed()))
                .limit(MAX_CONTRIBUTIONS)
                .map(r -> {
                    Contribution c = r.contribution();
                    String finding = content.findingName(c.findingCode(), "en").orElse(c.findingCode());
                    String evidence = evidenceLabel(c.evidenceStatus())
                            + (c.evidenceNote() == null || c.evidenceNote().isBlank() ? "" : "; " + c.evidenceNote());
                    return new ContributionRow(categoryLabel(r.category()), finding, number(c.likelihoodRatio()),
                            "DECREASES".equals(c.direction()) ? "lowers" : "raises", orDash(c.source()), evidence);
                })
                .toList();
    }


    private static ClinicianReportView.HipSpine hipSpine(AssessmentResult.HipSpineSyndrome syndrome) {
        if (syndrome == null) {
            return new ClinicianReportView.HipSpine(false, "Not assessed.");
        }
        String statement = syndrome.suspected()
                ? "Hip-spine syndrome suspected: hip and lumbar sources both remain likely. " + orEmpty(syndrome.rationale())
                : "Hip-spine syndrome not suspected. " + orEmpty(syndrome.rationale());
        return new ClinicianReportView.HipSpine(syndrome.suspected(), statement.trim());
    }

    private static List<QuestionnaireRow> questionnaires(AssessmentResult.QuestionnaireScores scores, Progress progress) {
        List<QuestionnaireRow> rows = new ArrayList<>();
        if (scores == null) {
            return rows;
        }
        if (scores.odi() != null) {
            rows.add(new QuestionnaireRow("Oswestry Disability Index", number(scores.odi().percent()) + " %",
                    orDash(scores.odi().band()), change(progress, "ODI"), "Fairbank 2000"));
        }
        if (scores.startBack() != null) {
            rows.add(new QuestionnaireRow("STarT Back Tool",
                    scores.startBack().total() + " / 9 (psychosocial " + scores.startBack().psychosocialSubscale() + " / 5)",
                    orDash(scores.startBack().riskGroup()) + " risk", change(progress, "STARTBACK"), "Hill 2008"));
        }
        if (scores.nprs() != null) {
            rows.add(new QuestionnaireRow("Pain now (NPRS)", scores.nprs() + " / 10", "-", change(progress, "NPRS"), "-"));
        }
        AssessmentResult.Hoos12 hoos = scores.hoos12();
        if (hoos != null) {
            String source = orDash(hoos.source());
            hoosRow(rows, scores, progress, "HOOS12_PAIN", hoos.pain(), "100 = no problems", source);
            hoosRow(rows, scores, progress, "HOOS12_FUNCTION", hoos.function(), "100 = no problems", source);
            hoosRow(rows, scores, progress, "HOOS12_QOL", hoos.qualityOfLife(), "100 = no problems", source);
            hoosRow(rows, scores, progress, "HOOS12_SUMMARY", hoos.summary(),
                    "mean of the three scales; status " + orDash(hoos.summaryStatus()) + " (rule confirmed for KOOS-12 only)", source);
        }
        // a submitted questionnaire the model did not score, with its reason (HOOS-12 scales are in their own rows)
        for (AssessmentResult.NotScored n : list(scores.notScored())) {
            if (!n.measure().startsWith("HOOS12_")) {
                rows.add(new QuestionnaireRow(MEASURE_NAMES.getOrDefault(n.measure(), n.measure()), "not scored", orDash(n.reason()), "-",
                        orDash(n.source())));
            }
        }
        return rows;
    }

    private static final Map<String, String> MEASURE_NAMES = Map.of(
            "ODI", "Oswestry Disability Index", "STARTBACK", "STarT Back Tool", "HOOS12", "HOOS-12",
            "HOOS12_PAIN", "HOOS-12 Pain", "HOOS12_FUNCTION", "HOOS-12 Function", "HOOS12_QOL", "HOOS-12 Quality of life",
            "HOOS12_SUMMARY", "HOOS-12 summary");

    private static void hoosRow(List<QuestionnaireRow> rows, AssessmentResult.QuestionnaireScores scores, Progress progress,
            String measure, Double value, String band, String source) {
        String name = MEASURE_NAMES.get(measure);
        if (value == null) {
            String reason = list(scores.notScored()).stream().filter(n -> measure.equals(n.measure())).map(AssessmentResult.NotScored::reason)
                    .findFirst().orElse("not scored");
            rows.add(new QuestionnaireRow(name, "not scored", reason, "-", source));
        } else {
            rows.add(new QuestionnaireRow(name, number(value) + " / 100", band, change(progress, measure), source));
        }
    }

    private static String change(Progress progress, String measure) {
        if (progress == null) {
            return "first assessment";
        }
        Optional<String> judged = list(progress.changes()).stream()
                .filter(c -> measure.equalsIgnoreCase(c.measure()))
                .findFirst()
                .map(ClinicianReportComposer::judged);
        return judged.or(() -> list(progress.changesWithoutMic()).stream()
                        .filter(c -> measure.equalsIgnoreCase(c.measure())).findFirst().map(ClinicianReportComposer::withoutMic))
                .orElse("no earlier value");
    }

    private static String judged(Progress.MeasureChange c) {
        if (c.rule() == null) { // an event from before issue 11
            return signed(c.change()) + " (from " + number(c.previous()) + "; MCID " + number(c.minimalImportantChange())
                    + ", " + orDash(c.source()) + "): " + interpretation(c.interpretation());
        }
        String percent = c.percentChange() == null ? "" : ", " + signed(c.percentChange()) + " %";
        return signed(c.change()) + " (from " + number(c.previous()) + percent + "): " + interpretation(c.interpretation())
                + ". " + c.rule();
    }

    private static String withoutMic(Progress.ChangeWithoutMic c) {
        String head = signed(c.change()) + " (from " + number(c.previous()) + "): ";
        if (c.threshold() == null || "NOT_JUDGED".equals(c.interpretation())) {
            return head + "not judged: no published threshold";
        }
        String where = switch (orEmpty(c.interpretation())) {
            case "BEYOND_MDC_BETTER" -> "better, beyond";
            case "BEYOND_MDC_WORSE" -> "worse, beyond";
            default -> "within";
        };
        return head + where + " the full-HOOS individual minimal detectable change of " + number(c.threshold()) + " ("
                + orDash(c.source()) + "); no HOOS-12 minimal important change is published";
    }

    private static String progressNote(Progress progress) {
        if (progress == null || progress.previousAssessmentId() == null) {
            return "No earlier assessment of this patient at this clinic: changes cannot be shown.";
        }
        return "Change since the assessment of " + progress.previousEncounterDate()
                + ", judged against each measure's published threshold: the minimal clinically important difference (MCID) "
                + "for ODI and NPRS; HOOS-12 has none, so it is shown against the full-HOOS individual minimal detectable "
                + "change where one exists, else not judged.";
    }

    private record ExercisePlanText(List<ExerciseBlock> blocks, String note) {
    }

    private static ExercisePlanText exercises(AssessmentResult result, ContentLookup content) {
        AssessmentResult.ExercisePlan plan = result.exercisePlan();
        if (plan == null) {
            return new ExercisePlanText(List.of(), "No exercise plan was produced for this assessment.");
        }
        List<ExerciseBlock> blocks = new ArrayList<>();
        boolean anyMissing = false;
        for (AssessmentResult.ExercisePlanItem item : list(plan.items())) {
            Optional<ExerciseDetails> details = content.exercise(item.exerciseCode(), "en");
            anyMissing |= details.isEmpty();
            blocks.add(details
                    .map(d -> new ExerciseBlock(orElse(d.name(), item.name(), item.exerciseCode()), item.exerciseCode(),
                            orElse(item.dosage(), d.dosage() == null ? null : d.dosage().text(), "-"), orEmpty(item.why()),
                            orEmpty(d.summary()), d.stepsOrEmpty(), d.precautionsOrEmpty(), true,
                            ExercisePictures.dataUri(d).orElse(null), d.printableSvg().map(svg -> d.imageAlt()).orElse(null),
                            phase(item), watch(item)))
                    .orElseGet(() -> new ExerciseBlock(orElse(item.name(), null, item.exerciseCode()), item.exerciseCode(),
                            orElse(item.dosage(), null, "-"), orEmpty(item.why()), "", List.of(), List.of(), false,
                            null, null, phase(item), watch(item))));
        }
        List<String> notes = new ArrayList<>();
        if (!plan.complete()) {
            notes.add("The plan is incomplete" + (plan.note() == null ? "." : ": " + plan.note()));
        }
        if (anyMissing && !blocks.isEmpty()) {
            notes.add("Instructions and precautions could not be loaded from the content catalogue when this report was"
                    + " generated; names and dosage are as recorded in the assessment.");
        }
        return new ExercisePlanText(blocks, String.join(" ", notes));
    }

    /** mobility, strength or function; null for items from before phases existed. */
    private static String phase(AssessmentResult.ExercisePlanItem item) {
        return item.phase() == null || item.phase().isBlank() ? null : item.phase();
    }

    /** What to watch in a likely condition, named in words so the clinician need not decode a slug. */
    private static List<String> watch(AssessmentResult.ExercisePlanItem item) {
        return item.watch().stream()
                .map(w -> w.conditionCode() == null ? w.text() : w.text() + " (" + w.conditionCode().replace('-', ' ') + ")")
                .toList();
    }

    private static String ageSex(AssessmentCompletedV1 event) {
        String sex = event.sex() == null ? "" : ", " + event.sex().toLowerCase(Locale.ROOT);
        return event.age() > 0 ? event.age() + " years" + sex : (sex.isEmpty() ? "-" : sex.substring(2));
    }








}
