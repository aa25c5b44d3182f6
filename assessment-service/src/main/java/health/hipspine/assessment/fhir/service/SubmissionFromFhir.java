package health.hipspine.assessment.fhir.service;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import health.hipspine.assessment.service.AssessmentSubmission;
import health.hipspine.assessment.service.AssessmentSubmission.QuestionnaireEntry;
import health.hipspine.assessment.service.AssessmentSubmission.SubmittedFindingEntry;
import health.hipspine.fhirkit.Canonicals;
import health.hipspine.kit.problem.Problems;
import health.hipspine.kit.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a QuestionnaireResponse (items of Questionnaire/hip-spine-assessment, odi, start-back, nprs, hoos-12) or a Bundle of
 * Observations into the one {@link AssessmentSubmission} the JSON API takes. It only moves values: every rule
 * (codes, types, ranges, sides, questionnaires) stays in SubmissionRules and the clinical model. It remembers where
 * each submission field came from, so a violation can name its FHIRPath expression.
 */
@ApplicationScoped
public class SubmissionFromFhir {

    /** The submission and, for each of its JSON paths, the FHIRPath of the element it was read from. */
    public record Read(AssessmentSubmission submission, Map<String, String> expressions, String root) {

        /** The FHIRPath of a submission field: its own, the nearest enclosing one's, or the resource. */
        public String expressionOf(String field) {
            String f = field == null ? "" : field;
            while (!f.isEmpty()) {
                String found = expressions.get(f);
                if (found != null) {
                    return found;
                }
                int cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
                f = cut < 0 ? "" : f.substring(0, cut);
            }
            return root;
        }
    }

    private static final Pattern ODI = Pattern.compile("odi\\.(\\d+)");
    private static final Pattern START_BACK = Pattern.compile("start-back\\.(\\d+)");
    private static final Pattern HOOS_12 = Pattern.compile("hoos-12\\.(\\d+)");
    static final int ODI_SECTIONS = 10;
    static final int START_BACK_ITEMS = 9;
    static final int HOOS_12_ITEMS = 12;

    private final FhirContext fhir;

    public SubmissionFromFhir(FhirContext fhir) {
        this.fhir = fhir;
    }

    public Read read(String body) {
        IBaseResource resource;
        try {
            // strict: an unknown element is refused (400), as the JSON API refuses unknown properties
            IParser parser = fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
            resource = parser.parseResource(body == null ? "" : body);
        } catch (DataFormatException | IllegalArgumentException e) {
            // HAPI's message names the element, never a value
            throw Problems.unreadableBody("", "is not a readable FHIR R4 JSON resource: " + firstLine(e.getMessage()));
        }
        if (resource instanceof QuestionnaireResponse qr) {
            return fromQuestionnaireResponse(qr);
        }
        if (resource instanceof Bundle bundle) {
            return fromBundle(bundle);
        }
        throw Problems.invalidSubmission(List.of(new Violation(resource.fhirType(),
                "must be a QuestionnaireResponse or a Bundle of Observations")));
    }

    // --- QuestionnaireResponse -------------------------------------------------------------------------------

    private Read fromQuestionnaireResponse(QuestionnaireResponse qr) {
        Map<String, String> where = new HashMap<>();
        String root = "QuestionnaireResponse";
        where.put("patientRef", root + ".subject");
        where.put("encounterDate", root + ".authored");
        Collected c = new Collected(where);
        c.patientRef = patientRef(qr.hasSubject() ? qr.getSubject() : null);
        c.encounterDate = qr.hasAuthored() ? datePart(qr.getAuthoredElement().getValueAsString()) : null;
        List<QuestionnaireResponseItemComponent> items = qr.getItem();
        for (int i = 0; i < items.size(); i++) {
            collect(items.get(i), root + ".item[" + i + "]", c);
        }
        return new Read(c.submission(), where, root);
    }

    private void collect(QuestionnaireResponseItemComponent item, String at, Collected c) {
        List<QuestionnaireResponseItemComponent> children = item.getItem();
        for (int i = 0; i < children.size(); i++) {
            collect(children.get(i), at + ".item[" + i + "]", c);
        }
        if (!item.hasAnswer()) {
            return; // a group, or a question left unanswered: not a finding
        }
        String linkId = item.getLinkId() == null ? "" : item.getLinkId();
        QuestionnaireResponseItemAnswerComponent answer = item.getAnswerFirstRep();
        Type value = answer.getValue();
        String answerAt = at + ".answer[0]";
        Matcher odi = ODI.matcher(linkId);
        Matcher startBack = START_BACK.matcher(linkId);
        Matcher hoos12 = HOOS_12.matcher(linkId);
        switch (linkId) {
            case "age" -> {
                c.age = integer(value);
                c.where.put("age", answerAt);
            }
            case "sex" -> {
                c.sex = code(value);
                c.where.put("sex", answerAt);
            }
            case "setting" -> {
                c.setting = code(value);
                c.where.put("setting", answerAt);
            }
            case "nprs" -> {
                c.nprs = integer(value);
                c.where.put("questionnaires.nprs", answerAt);
            }
            default -> {
                if (odi.matches()) {
                    c.odiAnswer(Integer.parseInt(odi.group(1)), integer(value), answerAt);
                } else if (startBack.matches()) {
                    c.startBackAnswer(Integer.parseInt(startBack.group(1)), integer(value), answerAt);
                } else if (hoos12.matches()) {
                    c.hoos12Answer(Integer.parseInt(hoos12.group(1)), integer(value), answerAt);
                } else if (linkId.endsWith(".side")) {
                    c.sides.put(linkId.substring(0, linkId.length() - ".side".length()), new Located(code(value), answerAt));
                } else {
                    c.finding(linkId, json(value), null, at + ".linkId", answerAt);
                }
            }
        }
    }

    // --- Bundle of Observations ------------------------------------------------------------------------------

    private Read fromBundle(Bundle bundle) {
        Map<String, String> where = new HashMap<>();
        String root = "Bundle";
        Collected c = new Collected(where);
        List<Violation> unknown = new ArrayList<>();
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        for (int i = 0; i < entries.size(); i++) {
            String at = root + ".entry[" + i + "].resource";
            IBaseResource resource = entries.get(i).getResource();
            if (resource instanceof Patient patient) {
                c.sex = patient.hasGender() ? patient.getGender().toCode() : null;
                where.put("sex", at + ".gender");
                for (Identifier id : patient.getIdentifier()) {
                    if (Canonicals.PATIENT_REF.equals(id.getSystem())) {
                        c.patientRef = id.getValue();
                        where.put("patientRef", at + ".identifier");
                    }
                }
            } else if (resource instanceof Observation obs) {
                if (c.patientRef == null) {
                    c.patientRef = patientRef(obs.hasSubject() ? obs.getSubject() : null);
                    where.put("patientRef", at + ".subject");
                }
                if (c.encounterDate == null && obs.hasEffectiveDateTimeType()) {
                    c.encounterDate = datePart(obs.getEffectiveDateTimeType().getValueAsString());
                    where.put("encounterDate", at + ".effectiveDateTime");
                }
                observation(obs, at, c, unknown);
            } else {
                unknown.add(new Violation(at, "must be a Patient or an Observation"));
            }
        }
        if (!where.containsKey("patientRef")) {
            where.put("patientRef", root);
        }
        if (!unknown.isEmpty()) {
            throw Problems.invalidSubmission(unknown);
        }
        return new Read(c.submission(), where, root);
    }

    private void observation(Observation obs, String at, Collected c, List<Violation> unknown) {
        Type value = obs.hasValue() ? obs.getValue() : null;
        for (Coding coding : obs.getCode().getCoding()) {
            if (Canonicals.FINDING_CODE.equals(coding.getSystem())) {
                String side = null;
                for (Coding s : obs.getBodySite().getCoding()) {
                    if (Canonicals.SIDE.equals(s.getSystem())) {
                        side = s.getCode();
                    }
                }
                c.finding(coding.getCode(), json(value), side, at + ".code", at + ".value");
                return;
            }
            if (Canonicals.LOINC.equals(coding.getSystem()) && Canonicals.LOINC_NPRS.equals(coding.getCode())) {
                c.nprs = integer(value);
                c.where.put("questionnaires.nprs", at + ".value");
                return;
            }
            if (Canonicals.LOINC.equals(coding.getSystem()) && Canonicals.LOINC_AGE.equals(coding.getCode())) {
                c.age = integer(value);
                c.where.put("age", at + ".value");
                return;
            }
        }
        unknown.add(new Violation(at + ".code", "must be a finding of " + Canonicals.FINDING_CODE + ", LOINC "
                + Canonicals.LOINC_NPRS + " (NPRS) or LOINC " + Canonicals.LOINC_AGE + " (age)"));
    }

    // --- values ----------------------------------------------------------------------------------------------

    /** What a submission holds while it is read; findings keep their order, sides are joined at the end. */
    private static final class Collected {
        final Map<String, String> where;
        String patientRef;
        String encounterDate;
        Integer age;
        String sex;
        String setting;
        Integer nprs;
        Integer[] odi;
        Integer[] startBack;
        Integer[] hoos12;
        final List<SubmittedFindingEntry> findings = new ArrayList<>();
        final List<String> findingAt = new ArrayList<>();
        final Map<String, Located> sides = new LinkedHashMap<>();

        Collected(Map<String, String> where) {
            this.where = where;
        }

        void finding(String code, JsonNode value, String side, String codeAt, String valueAt) {
            int i = findings.size();
            findings.add(new SubmittedFindingEntry(code, value, side));
            findingAt.add(codeAt);
            where.put("findings[" + i + "]", codeAt);
            where.put("findings[" + i + "].code", codeAt);
            where.put("findings[" + i + "].value", valueAt);
            where.put("findings[" + i + "].side", codeAt);
        }

        void odiAnswer(int number, Integer value, String at) {
            odi = answer(odi, ODI_SECTIONS, number, value);
            where.put("questionnaires.odi[" + (number - 1) + "]", at);
        }

        void startBackAnswer(int number, Integer value, String at) {
            startBack = answer(startBack, START_BACK_ITEMS, number, value);
            where.put("questionnaires.startBack[" + (number - 1) + "]", at);
        }

        void hoos12Answer(int number, Integer value, String at) {
            hoos12 = answer(hoos12, HOOS_12_ITEMS, number, value);
            where.put("questionnaires.hoos12[" + (number - 1) + "]", at);
        }

        /**
         * Puts answer {@code number} (from 1) into a questionnaire's items. A number outside 1..size lengthens the
         * list instead, so the model's item-count rule reports it rather than the answer vanishing.
         */
        private static Integer[] answer(Integer[] items, int size, int number, Integer value) {
            Integer[] list = items == null ? new Integer[size] : items;
            if (number >= 1 && number <= list.length) {
                list[number - 1] = value;
                return list;
            }
            return Arrays.copyOf(list, Math.max(list.length, number + 1));
        }

        AssessmentSubmission submission() {
            List<SubmittedFindingEntry> joined = new ArrayList<>(findings.size());
            for (int i = 0; i < findings.size(); i++) {
                SubmittedFindingEntry f = findings.get(i);
                Located side = f.code() == null ? null : sides.remove(f.code());
                if (side != null) {
                    where.put("findings[" + i + "].side", side.at());
                }
                joined.add(side == null ? f : new SubmittedFindingEntry(f.code(), f.value(), side.value()));
            }
            QuestionnaireEntry questionnaires = odi == null && startBack == null && nprs == null && hoos12 == null ? null
                    : new QuestionnaireEntry(odi == null ? null : Arrays.asList(odi),
                    startBack == null ? null : Arrays.asList(startBack), nprs, hoos12 == null ? null : Arrays.asList(hoos12));
            return new AssessmentSubmission(patientRef, encounterDate, age, sex, joined, questionnaires, setting);
        }
    }

    private record Located(String value, String at) {
    }

    private static String patientRef(Reference subject) {
        if (subject == null || !subject.hasIdentifier()) {
            return null;
        }
        Identifier id = subject.getIdentifier();
        // another system's identifier is not our pseudonym: treated as missing (422 on patientRef)
        return Canonicals.PATIENT_REF.equals(id.getSystem()) ? id.getValue() : null;
    }

    /** The calendar date as the sender wrote it (no time-zone shift). */
    private static String datePart(String dateTime) {
        return dateTime == null ? null : dateTime.length() > 10 ? dateTime.substring(0, 10) : dateTime;
    }

    /** A finding's value as the JSON API would have received it, so the same rules judge it. */
    private static JsonNode json(Type value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null) {
            return null;
        }
        if (value instanceof org.hl7.fhir.r4.model.BooleanType b) {
            return b.getValue() == null ? null : f.booleanNode(b.getValue());
        }
        if (value instanceof org.hl7.fhir.r4.model.IntegerType i) {
            return i.getValue() == null ? null : f.numberNode(i.getValue());
        }
        if (value instanceof org.hl7.fhir.r4.model.DecimalType d) {
            return d.getValue() == null ? null : number(d.getValue());
        }
        if (value instanceof org.hl7.fhir.r4.model.Quantity q) {
            return q.getValue() == null ? null : number(q.getValue());
        }
        // any other type (string, coding, date) is refused by the submission rules as "must be a boolean or a number"
        return f.textNode(value.fhirType());
    }

    private static JsonNode number(BigDecimal d) {
        // 12 and 12.0 are the same measurement: integral decimals read as integers, as JSON numbers do
        if (d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) < 0) {
            return JsonNodeFactory.instance.numberNode(d.intValue());
        }
        return JsonNodeFactory.instance.numberNode(d.doubleValue());
    }

    private static Integer integer(Type value) {
        if (value instanceof org.hl7.fhir.r4.model.IntegerType i) {
            return i.getValue();
        }
        if (value instanceof org.hl7.fhir.r4.model.DecimalType d && d.getValue() != null && d.getValue().stripTrailingZeros().scale() <= 0) {
            return d.getValue().intValue();
        }
        if (value instanceof org.hl7.fhir.r4.model.Quantity q && q.getValue() != null && q.getValue().stripTrailingZeros().scale() <= 0) {
            return q.getValue().intValue();
        }
        if (value instanceof Coding coding && coding.getCode() != null && coding.getCode().matches("\\d{1,3}")) {
            return Integer.parseInt(coding.getCode());
        }
        return null;
    }

    private static String code(Type value) {
        if (value instanceof Coding coding) {
            return coding.getCode();
        }
        if (value instanceof org.hl7.fhir.r4.model.StringType s) {
            return s.getValue();
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unparseable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
