package health.hipspine.content.rest;

import health.hipspine.contract.content.ConditionView;
import health.hipspine.contract.content.ContentPage;
import health.hipspine.contract.content.EducationView;
import health.hipspine.contract.content.ExerciseView;
import health.hipspine.model.catalogue.EvidenceCaution;
import health.hipspine.model.catalogue.FindingGroup;
import health.hipspine.model.catalogue.ValueType;
import health.hipspine.model.triage.ActionLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The list envelope {@link ContentPage} once per item type, for the OpenAPI document only: an annotation
 * cannot name {@code ContentPage<ExerciseView>}. Their components are those of {@link ContentPage}
 * (a test holds them equal), and readers use {@link ContentPage} itself.
 */
final class ResponseSchemas {

    private ResponseSchemas() {
    }

    @Schema(name = "ConditionPage", description = "One page of conditions in one language")
    record ConditionPage(List<ConditionView> items, long total, int page, int size, String language, String release) {
    }

    @Schema(name = "ExercisePage", description = "One page of exercises in one language")
    record ExercisePage(List<ExerciseView> items, long total, int page, int size, String language, String release) {
    }

    @Schema(name = "EducationPage", description = "One page of education topics in one language")
    record EducationPage(List<EducationView> items, long total, int page, int size, String language, String release) {
    }

    /*
     * A finding is served as the clinical model's FindingDefinition with every bilingual text reduced to the
     * requested language (ContentMapper.presentModel); these records describe that JSON, which no Java type of the
     * model has. The filter in the API tests (test-support contract.ContractFilter) holds the served JSON to them.
     */

    @Schema(name = "FindingView", description = "A finding code or clinical test of the clinical model, texts in one language")
    record FindingView(
            @Schema(example = "test.slr") String code,
            @Schema(description = "Raised by every change of the definition in a model release") int version,
            FindingGroup group,
            @Schema(description = "What a submission gives as the finding's value: true/false or a number") ValueType valueType,
            @Schema(nullable = true, description = "Unit of a NUMBER finding") String unit,
            @Schema(nullable = true, description = "Smallest valid value of a NUMBER finding") Double min,
            @Schema(nullable = true, description = "Largest valid value of a NUMBER finding") Double max,
            @Schema(description = "Whether the finding is recorded per side (left/right)") boolean sideApplies,
            String name,
            String meaning,
            @Schema(nullable = true, description = "Only for examination tests") String howToPerform,
            @Schema(description = "Diagnostic accuracy rows as published, each with its source and evidence status")
            List<AccuracyRowView> accuracy,
            @Schema(nullable = true, description = "The language of the texts; absent on page items (the page says it)")
            String language) {
    }

    @Schema(name = "AccuracyRowView", description = "One diagnostic-accuracy row, numbers as published text")
    record AccuracyRowView(
            String id,
            int version,
            @Schema(nullable = true) String targetCondition,
            @Schema(nullable = true, description = "The differential category the row bears on") String category,
            @Schema(nullable = true, description = "Sensitivity as published, e.g. 0.91 (0.82-0.94)") String sn,
            @Schema(nullable = true, description = "Specificity as published") String sp,
            @Schema(nullable = true) String lrPositive,
            @Schema(nullable = true) String lrNegative,
            @Schema(nullable = true) String referenceStandard,
            @Schema(nullable = true) String setting,
            @Schema(description = "Author and year") String source,
            @Schema(description = "V verified, S secondary, C computed, U unverified, or a combination such as \"V, C\"")
            String evidenceStatus,
            @Schema(nullable = true) String note,
            @Schema(description = "Whether and how the scoring uses the row") ModelUseView model) {
    }

    @Schema(name = "ModelUseView", description = "Whether and how the scoring uses one accuracy row")
    record ModelUseView(
            boolean used,
            @Schema(nullable = true) String reason,
            @Schema(nullable = true, description = "LR applied when the finding is positive") Double likelihoodRatioPositive,
            @Schema(nullable = true, description = "LR applied when the finding is recorded negative") Double likelihoodRatioNegative,
            @Schema(nullable = true, description = "V, S or C: the weakest status behind the applied numbers") String evidenceStatus,
            List<EvidenceCaution> cautions,
            @Schema(nullable = true, description = "Shown next to the contribution in every result") String evidenceNote) {
    }

    @Schema(name = "FindingPage", description = "One page of findings in one language, with the model release")
    record FindingPage(List<FindingView> items, long total, int page, int size, String language, String release,
                       @Schema(example = "hipspine-model 2026.11.0") String modelVersion) {
    }

    /* A red-flag rule is served as the clinical model's RedFlagRule with its texts in one language, like a finding. */

    @Schema(name = "RedFlagView", description = "A red-flag triage rule of the clinical model, texts in one language")
    record RedFlagView(
            @Schema(example = "redflag.saddle-anaesthesia", description = "redflag.* for a single flag, triage.* for a combination")
            String code,
            @Schema(description = "Raised by every change of the rule in a model release") int version,
            @Schema(enumeration = {"SINGLE", "COMBINATION"}) String kind,
            @Schema(description = "The rule fires when at least minimumMatched of these hold") List<RedFlagCriterionView> criteria,
            @Schema(nullable = true, description = "How many criteria must hold; null = all") Integer minimumMatched,
            ActionLevel level,
            String name,
            @Schema(nullable = true) String text,
            @Schema(description = "What the clinician does when the rule fires") String action,
            @Schema(description = "Serious conditions the rule screens for") List<String> conditionCodes,
            @Schema(description = "Author and year") String source,
            @Schema(description = "V verified, S secondary, C computed, U unverified, or a combination such as \"V, C\"")
            String evidenceStatus,
            @Schema(nullable = true, description = "What the evidence says about this flag") String evidence,
            @Schema(nullable = true, description = "Plain words for the patient; null = the level's default") String patientAdvice,
            @Schema(nullable = true, description = "The language of the texts; absent on page items (the page says it)")
            String language) {
    }

    @Schema(name = "RedFlagCriterionView", description = "One criterion of a red-flag rule; exactly one kind is set")
    record RedFlagCriterionView(
            @Schema(nullable = true, description = "A finding code recorded positive") String finding,
            @Schema(nullable = true) Integer ageAbove,
            @Schema(nullable = true) String sex,
            @Schema(nullable = true, description = "Finding codes of which at least atLeast are recorded positive") List<String> anyOf,
            @Schema(nullable = true, description = "Default 1") Integer atLeast,
            @Schema(nullable = true) Integer ageBelow) {
    }

    @Schema(name = "RedFlagPage", description = "One page of red-flag rules in one language, with the model release")
    record RedFlagPage(List<RedFlagView> items, long total, int page, int size, String language, String release,
                       @Schema(example = "hipspine-model 2026.11.0") String modelVersion) {
    }
}
