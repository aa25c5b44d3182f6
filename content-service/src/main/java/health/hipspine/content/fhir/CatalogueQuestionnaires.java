package health.hipspine.content.fhir;

import health.hipspine.fhirkit.Canonicals;
import health.hipspine.model.catalogue.FindingCatalogue;
import health.hipspine.model.catalogue.FindingDefinition;
import health.hipspine.model.catalogue.FindingGroup;
import health.hipspine.model.catalogue.QuestionnaireRules;
import health.hipspine.model.catalogue.ValueType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.ResourceType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The questionnaires an EHR fills to have a patient assessed, in the SDC style (R4 core extensions for
 * minimum, maximum and unit; enableWhen for conditional items): the hip-spine assessment, whose items are the
 * catalogue's findings, and one each for ODI, STarT Back, NPRS and HOOS-12. Item texts of ODI, STarT Back and HOOS-12
 * are the section or item numbers only: the instruments' wording is licensed and the clinician's copy is used.
 *
 * <p>linkIds are a contract with assessment-service (QuestionnaireResponse): a finding's linkId is its code, its
 * side is {@code <code>.side}; the context items are {@code age}, {@code sex}, {@code setting}; questionnaire items are
 * {@code odi.1}..{@code odi.10}, {@code start-back.1}..{@code start-back.9}, {@code nprs} and {@code hoos-12.1}..{@code hoos-12.12}
 * (in groups {@code hoos-12.pain}, {@code hoos-12.function}, {@code hoos-12.qol}).
 */
final class CatalogueQuestionnaires {

    static final String ASSESSMENT = "hip-spine-assessment";
    static final String ODI = "odi";
    static final String START_BACK = "start-back";
    static final String NPRS = "nprs";
    static final String HOOS_12 = "hoos-12";

    static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    static final String UNIT = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";

    /** The catalogue's units as UCUM codes; a unit missing here fails the build of the questionnaire (a test catches it). */
    private static final Map<String, String> UCUM_UNITS = Map.of("minutes", "min", "degrees", "deg", "years", "a");

    private static final Map<FindingGroup, String> GROUP_TITLES = Map.of(
            FindingGroup.SYMPTOM, "Symptoms",
            FindingGroup.HISTORY, "History",
            FindingGroup.EXAMINATION, "Examination",
            FindingGroup.RED_FLAG, "Red flags");

    private CatalogueQuestionnaires() {
    }

    static List<Questionnaire> all(FindingCatalogue catalogue) {
        return List.of(assessment(catalogue), odi(catalogue), startBack(catalogue), nprs(catalogue), hoos12(catalogue));
    }

    static Questionnaire assessment(FindingCatalogue catalogue) {
        Questionnaire q = questionnaire(ASSESSMENT, "HipSpineAssessment", "Hip-spine assessment", catalogue.release(),
                "The findings the hip-spine model scores (linkId = finding code, " + Canonicals.FINDING_CODE + "), with "
                        + "age, sex and setting. Unanswered findings are 'not recorded' and contribute nothing. Where a side "
                        + "applies, '<code>.side' is enabled once the finding is answered.");
        QuestionnaireItemComponent context = q.addItem().setLinkId("context").setText("Patient and setting").setType(QuestionnaireItemType.GROUP);
        QuestionnaireItemComponent age = context.addItem().setLinkId("age").setText("Age (years)")
                .setType(QuestionnaireItemType.INTEGER).setRequired(true);
        age.addExtension(MIN_VALUE, new IntegerType(0));
        age.addExtension(UNIT, new Coding(Canonicals.UCUM, UCUM_UNITS.get("years"), "years"));
        context.addItem().setLinkId("sex").setText("Sex").setType(QuestionnaireItemType.CHOICE)
                .setAnswerValueSet("http://hl7.org/fhir/ValueSet/administrative-gender");
        context.addItem().setLinkId("setting").setText("Setting (primary care unless answered)").setType(QuestionnaireItemType.CHOICE)
                .setAnswerValueSet(Canonicals.valueSet(CatalogueTerminology.SETTING));
        for (FindingGroup group : FindingGroup.values()) {
            List<FindingDefinition> findings = catalogue.findings().stream().filter(f -> f.group() == group).toList();
            if (findings.isEmpty()) {
                continue;
            }
            QuestionnaireItemComponent section = q.addItem().setLinkId("group." + group.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .setText(GROUP_TITLES.get(group)).setType(QuestionnaireItemType.GROUP);
            for (FindingDefinition f : findings) {
                addFinding(section, f);
            }
        }
        return q;
    }

    private static void addFinding(QuestionnaireItemComponent section, FindingDefinition f) {
        QuestionnaireItemComponent item = section.addItem().setLinkId(f.code()).setText(f.name().en())
                .setType(f.valueType() == ValueType.BOOLEAN ? QuestionnaireItemType.BOOLEAN : QuestionnaireItemType.DECIMAL);
        item.addCode(new Coding(Canonicals.FINDING_CODE, f.code(), f.name().en()));
        if (f.valueType() == ValueType.NUMBER) {
            if (f.min() != null) {
                item.addExtension(MIN_VALUE, new DecimalType(BigDecimal.valueOf(f.min())));
            }
            if (f.max() != null) {
                item.addExtension(MAX_VALUE, new DecimalType(BigDecimal.valueOf(f.max())));
            }
            if (f.unit() != null) {
                String ucum = UCUM_UNITS.get(f.unit());
                if (ucum == null) {
                    throw new IllegalStateException("no UCUM code for the unit '" + f.unit() + "' of " + f.code());
                }
                item.addExtension(UNIT, new Coding(Canonicals.UCUM, ucum, f.unit()));
            }
        }
        if (f.sideApplies()) {
            QuestionnaireItemComponent side = section.addItem().setLinkId(f.code() + ".side").setText(f.name().en() + ": side")
                    .setType(QuestionnaireItemType.CHOICE).setAnswerValueSet(Canonicals.valueSet(CatalogueTerminology.SIDE));
            QuestionnaireItemEnableWhenComponent when = side.addEnableWhen().setQuestion(f.code());
            // a positive yes/no finding, or any answer to a measured one, has a side. Not operator 'exists': with it
            // the R4 invariant que-7 fails in HAPI's validator whatever the answer, so '>=' the minimum says "answered"
            if (f.valueType() == ValueType.BOOLEAN) {
                when.setOperator(QuestionnaireItemOperator.EQUAL).setAnswer(new BooleanType(true));
            } else {
                when.setOperator(QuestionnaireItemOperator.GREATER_OR_EQUAL)
                        .setAnswer(new DecimalType(BigDecimal.valueOf(f.min() == null ? 0 : f.min())));
            }
        }
    }

    static Questionnaire odi(FindingCatalogue catalogue) {
        QuestionnaireRules.Odi rules = catalogue.questionnaireRules().odi();
        Questionnaire q = questionnaire(ODI, "OswestryDisabilityIndex", "Oswestry Disability Index (ODI)", catalogue.release(),
                "One score per section, 0 (least) to " + rules.maxItemScore() + " (most disability), as scored on the ODI form ("
                        + rules.source() + "). " + rules.missingRule() + ". Minimal important change "
                        + number(rules.minimalImportantChange()) + " points (" + rules.micSource() + ").");
        for (int section = 1; section <= rules.sections(); section++) {
            scoreItem(q.addItem(), ODI + "." + section, "ODI section " + section, 0, rules.maxItemScore());
        }
        return q;
    }

    static Questionnaire startBack(FindingCatalogue catalogue) {
        QuestionnaireRules.StartBack rules = catalogue.questionnaireRules().startBack();
        Questionnaire q = questionnaire(START_BACK, "StartBackScreeningTool", "STarT Back Screening Tool", catalogue.release(),
                "Items 1-" + (rules.items() - 1) + ": 0 = disagree, 1 = agree; item " + rules.bothersomeItem() + " (bothersomeness): 0 = not at all "
                        + "to " + rules.bothersomeMax() + " = extremely (" + rules.source() + "). " + rules.micNote());
        for (int item = 1; item <= rules.items(); item++) {
            int max = item == rules.bothersomeItem() ? rules.bothersomeMax() : 1;
            scoreItem(q.addItem(), START_BACK + "." + item, "STarT Back item " + item, 0, max);
        }
        return q;
    }

    static Questionnaire nprs(FindingCatalogue catalogue) {
        QuestionnaireRules.Nprs rules = catalogue.questionnaireRules().nprs();
        Questionnaire q = questionnaire(NPRS, "NumericPainRatingScale", "Numeric Pain Rating Scale (NPRS)", catalogue.release(),
                "Pain now, " + rules.min() + " (no pain) to " + rules.max() + " (worst imaginable pain). Minimal important change "
                        + number(rules.minimalImportantChange()) + " points (" + rules.micSource() + "); " + rules.note());
        QuestionnaireItemComponent item = scoreItem(q.addItem(), NPRS, "Pain now (0-10)", rules.min(), rules.max());
        item.addCode(new Coding(Canonicals.LOINC, Canonicals.LOINC_NPRS, "Pain severity - 0-10 verbal numeric rating [Score] - Reported"));
        return q;
    }

    static Questionnaire hoos12(FindingCatalogue catalogue) {
        QuestionnaireRules.Hoos12 rules = catalogue.questionnaireRules().hoos12();
        Questionnaire q = questionnaire(HOOS_12, "Hoos12", "HOOS-12 (Hip disability and Osteoarthritis Outcome Score, 12 items)",
                catalogue.release(), "Each item 0 (none) to " + rules.maxItemScore() + " (extreme) (" + rules.source() + "). "
                        + rules.scoringRule() + " " + rules.wordingNote() + " Summary (evidence status " + rules.summaryStatus()
                        + ", weak): " + rules.summaryNote() + " " + rules.micNote());
        for (QuestionnaireRules.Hoos12Scale scale : rules.scales()) {
            QuestionnaireItemComponent group = q.addItem().setLinkId(HOOS_12 + "." + scale.scale().toLowerCase(Locale.ROOT))
                    .setText(SCALE_TITLES.getOrDefault(scale.scale(), scale.scale()) + " (items " + scale.firstItem() + "-"
                            + scale.lastItem() + ")").setType(QuestionnaireItemType.GROUP);
            for (int item = scale.firstItem(); item <= scale.lastItem(); item++) {
                scoreItem(group.addItem(), HOOS_12 + "." + item, "HOOS-12 item " + item, 0, rules.maxItemScore());
            }
        }
        return q;
    }

    private static final Map<String, String> SCALE_TITLES = Map.of("PAIN", "Pain", "FUNCTION", "Function", "QOL", "Quality of life");

    private static QuestionnaireItemComponent scoreItem(QuestionnaireItemComponent item, String linkId, String text, int min, int max) {
        item.setLinkId(linkId).setText(text).setType(QuestionnaireItemType.INTEGER);
        item.addExtension(MIN_VALUE, new IntegerType(min));
        item.addExtension(MAX_VALUE, new IntegerType(max));
        return item;
    }

    private static Questionnaire questionnaire(String id, String name, String title, String version, String description) {
        Questionnaire q = new Questionnaire();
        q.setId(id);
        q.setUrl(Canonicals.questionnaire(id));
        q.setVersion(version);
        q.setName(name);
        q.setTitle(title);
        q.setStatus(PublicationStatus.ACTIVE);
        q.setExperimental(false);
        q.setPublisher("Hip-Spine Navigator");
        q.setDescription(description);
        q.addSubjectType(ResourceType.PATIENT.toCode());
        return q;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

}
