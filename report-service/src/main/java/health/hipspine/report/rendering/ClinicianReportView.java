package health.hipspine.report.rendering;

import java.util.List;

/** Everything the clinician template prints, already worded and formatted: the template only lays it out. */
public record ClinicianReportView(
        String title,
        String assessmentId,
        String clinic,
        String clinician,
        String patientRef,
        String encounterDate,
        String ageSex,
        String assessedAt,
        Triage triage,
        List<FindingGroup> findingGroups,
        List<DifferentialBar> differential,
        String topCategory,
        List<ContributionRow> topContributions,
        HipSpine hipSpine,
        List<QuestionnaireRow> questionnaires,
        String progressNote,
        List<ExerciseBlock> exercises,
        String exercisePlanNote,
        List<CitedText> nextSteps,
        List<String> warnings,
        String modelVersion,
        String contentRelease,
        String templateVersion,
        int reportVersion,
        String generatedAt) {

    public record Triage(String level, String label, boolean routine, String action, List<CitedText> reasons) {
    }

    public record FindingGroup(String title, List<FindingRow> rows) {
    }

    public record FindingRow(String name, String code, String value) {
    }

    /** One category: pre- and post-test probability as text and as bar widths (percent of the track). */
    public record DifferentialBar(String label, String pre, String post, int preWidth, int postWidth, String conditions,
            String preSource, boolean top) {
    }

    public record ContributionRow(String category, String finding, String likelihoodRatio, String direction,
            String source, String evidence) {
    }

    public record HipSpine(boolean suspected, String statement) {
    }

    public record QuestionnaireRow(String measure, String score, String band, String change, String source) {
    }

    /**
     * {@code pictureSrc} (a data URI) and {@code pictureAlt} are null when there is no picture to print; {@code phase}
     * is null and {@code watch} empty for events from before the planner named them.
     */
    public record ExerciseBlock(String name, String code, String dosage, String why, String summary,
            List<String> steps, List<String> precautions, boolean detailed, String pictureSrc, String pictureAlt,
            String phase, List<String> watch) {
    }

    public record CitedText(String text, String source) {
    }
}
