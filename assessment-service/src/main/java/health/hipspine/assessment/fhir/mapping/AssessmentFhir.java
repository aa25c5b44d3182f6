package health.hipspine.assessment.fhir.mapping;

import health.hipspine.assessment.mapping.ClinicalModelMapping;
import health.hipspine.assessment.repository.AssessmentEntity;
import health.hipspine.events.AssessmentResult;
import health.hipspine.events.AssessmentResult.Contribution;
import health.hipspine.events.AssessmentResult.DifferentialEntry;
import health.hipspine.events.SubmittedFinding;
import health.hipspine.fhirkit.Canonicals;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A stored assessment as FHIR R4, rendered from the stored submission and result (nothing else is stored):
 * a RiskAssessment (one prediction per category), an Observation per finding and per questionnaire score (its
 * basis), a Flag for URGENT or EMERGENCY triage and a CarePlan for the exercise plan. Every number is the stored
 * one; qualitative risk is said only relative to the cited pre-test probability, with no thresholds of our own.
 */
public final class AssessmentFhir {

    static final Set<String> FLAGGED_LEVELS = Set.of("URGENT", "EMERGENCY");

    private AssessmentFhir() {
    }

    /** The RiskAssessment alone (a read): its inputs are contained, so it stands on its own. */
    public static RiskAssessment riskAssessment(AssessmentEntity a) {
        Parts parts = parts(a);
        RiskAssessment ra = parts.riskAssessment;
        ra.setId(a.id.toString());
        for (Observation input : parts.inputs) {
            String local = localId(input);
            ra.addBasis(new Reference("#" + local));
            ra.addContained(input);
        }
        return ra;
    }

    /**
     * What $assess answers: a collection Bundle of the RiskAssessment (at its readable URL) and every resource
     * derived from it, each referenced by a stable urn:uuid (the same assessment always gives the same uuids).
     */
    public static Bundle collection(AssessmentEntity a, String riskAssessmentUrl) {
        Parts parts = parts(a);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(Date.from(a.createdAt));
        bundle.setIdentifier(new Identifier().setSystem(Canonicals.ASSESSMENT_ID).setValue(a.id.toString()));
        RiskAssessment ra = parts.riskAssessment;
        ra.setId(a.id.toString());
        bundle.addEntry().setFullUrl(riskAssessmentUrl).setResource(ra);
        for (Observation input : parts.inputs) {
            String urn = urn(a, localId(input));
            ra.addBasis(new Reference(urn));
            input.setId((String) null);
            bundle.addEntry().setFullUrl(urn).setResource(input);
        }
        if (parts.flag != null) {
            bundle.addEntry().setFullUrl(urn(a, "flag")).setResource(parts.flag);
        }
        parts.carePlan.addSupportingInfo(new Reference(riskAssessmentUrl));
        bundle.addEntry().setFullUrl(urn(a, "care-plan")).setResource(parts.carePlan);
        return bundle;
    }

    // ----------------------------------------------------------------------------------------------------------

    private record Parts(RiskAssessment riskAssessment, List<Observation> inputs, Flag flag, CarePlan carePlan) {
    }

    private static Parts parts(AssessmentEntity a) {
        AssessmentResult r = a.result;
        List<Observation> inputs = new ArrayList<>();
        List<SubmittedFinding> findings = a.submission.findings() == null ? List.of() : a.submission.findings();
        for (int i = 0; i < findings.size(); i++) {
            inputs.add(finding(a, findings.get(i), "finding-" + i));
        }
        inputs.addAll(scores(a));
        return new Parts(risk(a), inputs, flag(a), carePlan(a, r));
    }

    private static RiskAssessment risk(AssessmentEntity a) {
        AssessmentResult r = a.result;
        RiskAssessment ra = new RiskAssessment();
        ra.addIdentifier().setSystem(Canonicals.ASSESSMENT_ID).setValue(a.id.toString());
        ra.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
        ra.setCode(new CodeableConcept().setText("Source of hip, lumbar and sacroiliac pain (differential) and red-flag triage"));
        ra.setMethod(new CodeableConcept()
                .addCoding(new Coding(Canonicals.MODEL, r.modelVersion(), null))
                .setText("Hip-Spine Navigator model " + r.modelVersion()
                        + (r.contentRelease() == null ? "" : ", content release " + r.contentRelease())
                        + (r.setting() == null ? "" : ", pre-test probabilities for " + r.setting())));
        ra.setSubject(subject(a));
        ra.setOccurrence(date(a));
        for (DifferentialEntry d : r.differential()) {
            RiskAssessment.RiskAssessmentPredictionComponent p = ra.addPrediction();
            p.setOutcome(new CodeableConcept().addCoding(new Coding(Canonicals.CATEGORY, d.category(), null))
                    .setText(ClinicalModelMapping.categoryName(d, "en")));
            p.setProbability(new DecimalType(BigDecimal.valueOf(d.probability())));
            p.setQualitativeRisk(new CodeableConcept().setText(relativeRisk(d, r.leadingCategory())));
            p.setRationale(rationale(d));
        }
        if (r.triage() != null) {
            StringBuilder triage = new StringBuilder("Triage ").append(r.triage().level());
            if (r.triage().action() != null) {
                triage.append(": ").append(r.triage().action());
            }
            r.triage().reasons().forEach(reason -> triage.append("; ").append(reason.text()).append(" (").append(reason.source()).append(')'));
            ra.setMitigation(triage.toString());
        }
        if (r.hipSpineSyndrome() != null && r.hipSpineSyndrome().suspected()) {
            ra.addNote().setText("Hip-spine syndrome suspected: " + r.hipSpineSyndrome().rationale());
        }
        if (r.nextSteps() != null) {
            r.nextSteps().forEach(s -> ra.addNote().setText("Next step: " + s.text() + " (" + s.source() + ")"));
        }
        if (r.warnings() != null) {
            r.warnings().forEach(w -> ra.addNote().setText("Warning " + w.code() + ": " + w.text()));
        }
        ra.addNote().setText("Supports a clinician's decision; it does not diagnose.");
        return ra;
    }

    /** Whether the findings raised or lowered the cited pre-test probability: no cut-offs of our own. */
    static String relativeRisk(DifferentialEntry d, String leadingCategory) {
        int cmp = Double.compare(d.probability(), d.preTestProbability());
        String direction = cmp > 0 ? "raised above" : cmp < 0 ? "lowered below" : "unchanged from";
        String leading = d.category().equals(leadingCategory) ? "leading source; " : "";
        return leading + direction + " the pre-test probability " + d.preTestProbability() + " (" + d.preTestSource() + ")";
    }

    static String rationale(DifferentialEntry d) {
        StringBuilder s = new StringBuilder("Pre-test probability ").append(d.preTestProbability())
                .append(" (").append(d.preTestSource()).append(").");
        if (d.contributions() == null || d.contributions().isEmpty()) {
            return s.append(" No finding changed it.").toString();
        }
        s.append(" Contributing findings:");
        for (Contribution c : d.contributions()) {
            s.append(' ').append(ClinicalModelMapping.findingName(c.findingCode(), "en")).append(" LR ").append(c.likelihoodRatio())
                    .append(' ').append(c.direction().toLowerCase(Locale.ROOT))
                    .append(" (").append(c.source()).append("; evidence ").append(c.evidenceStatus());
            if (c.evidenceNote() != null && !c.evidenceNote().isBlank()) {
                s.append(": ").append(c.evidenceNote());
            }
            s.append(");");
        }
        return s.toString();
    }

    private static Observation finding(AssessmentEntity a, SubmittedFinding f, String localId) {
        Observation o = observation(a, localId);
        o.setCode(new CodeableConcept().addCoding(new Coding(Canonicals.FINDING_CODE, f.code(), null)));
        Object v = f.value();
        if (v instanceof Boolean b) {
            o.setValue(new BooleanType(b));
        } else if (v instanceof Integer i) {
            o.setValue(new IntegerType(i));
        } else if (v instanceof Number n) {
            o.setValue(new Quantity().setValue(BigDecimal.valueOf(n.doubleValue())));
        }
        if (f.side() != null) {
            o.setBodySite(new CodeableConcept().addCoding(new Coding(Canonicals.SIDE, f.side(), null)));
        }
        return o;
    }

    private static List<Observation> scores(AssessmentEntity a) {
        List<Observation> out = new ArrayList<>();
        AssessmentResult.QuestionnaireScores q = a.result.questionnaires();
        if (q == null) {
            return out;
        }
        if (q.odi() != null) {
            Observation o = survey(a, "odi");
            o.setCode(new CodeableConcept().addCoding(new Coding(Canonicals.LOINC, Canonicals.LOINC_ODI, null))
                    .setText("Oswestry Disability Index"));
            o.setValue(new Quantity().setValue(BigDecimal.valueOf(q.odi().percent()))
                    .setSystem(Canonicals.UCUM).setCode("%").setUnit("%"));
            o.addInterpretation().setText(q.odi().band());
            o.addNote().setText(q.odi().sectionsAnswered() + " of 10 sections answered; band per Fairbank 2000");
            out.add(o);
        }
        if (q.startBack() != null) {
            Observation o = survey(a, "start-back");
            o.setCode(new CodeableConcept().addCoding(new Coding(Canonicals.QUESTIONNAIRE_SCORE, "start-back-total", null))
                    .setText("STarT Back total score"));
            o.setValue(new IntegerType(q.startBack().total()));
            o.addComponent()
                    .setCode(new CodeableConcept().addCoding(new Coding(Canonicals.QUESTIONNAIRE_SCORE, "start-back-psychosocial", null))
                            .setText("STarT Back psychosocial subscale"))
                    .setValue(new IntegerType(q.startBack().psychosocialSubscale()));
            o.addInterpretation().setText("risk group " + q.startBack().riskGroup() + " (Hill 2008)");
            out.add(o);
        }
        if (q.nprs() != null) {
            Observation o = survey(a, "nprs");
            o.setCode(new CodeableConcept().addCoding(new Coding(Canonicals.LOINC, Canonicals.LOINC_NPRS, null))
                    .setText("Pain severity now, 0-10 numeric rating scale"));
            o.setValue(new IntegerType(q.nprs()));
            out.add(o);
        }
        if (q.hoos12() != null) {
            out.add(hoos12(a, q.hoos12()));
        }
        return out;
    }

    /**
     * HOOS-12 under our own code (no LOINC code for it is known to us): one component per scale scored (0-100, 100 = no
     * problems) and the summary, whose evidence status (U) the note carries.
     */
    private static Observation hoos12(AssessmentEntity a, AssessmentResult.Hoos12 h) {
        Observation o = survey(a, "hoos-12");
        o.setCode(new CodeableConcept().addCoding(new Coding(Canonicals.QUESTIONNAIRE_SCORE, "hoos-12", null))
                .setText("HOOS-12 (Hip disability and Osteoarthritis Outcome Score, 12 items)"));
        hoos12Component(o, "hoos-12-pain", "HOOS-12 Pain", h.pain());
        hoos12Component(o, "hoos-12-function", "HOOS-12 Function", h.function());
        hoos12Component(o, "hoos-12-qol", "HOOS-12 Quality of life", h.qualityOfLife());
        hoos12Component(o, "hoos-12-summary", "HOOS-12 summary", h.summary());
        o.addNote().setText(h.itemsAnswered() + " of 12 items answered; scales 0-100, 100 = no problems (" + h.source() + ")");
        if (h.summary() != null) {
            o.addNote().setText("Summary, evidence status " + h.summaryStatus() + ": " + h.summaryNote());
        }
        return o;
    }

    private static void hoos12Component(Observation o, String code, String text, Double score) {
        if (score != null) {
            o.addComponent().setCode(new CodeableConcept().addCoding(new Coding(Canonicals.QUESTIONNAIRE_SCORE, code, null)).setText(text))
                    .setValue(new Quantity().setValue(BigDecimal.valueOf(score)).setSystem(Canonicals.UCUM).setCode("{score}").setUnit("score"));
        }
    }

    private static Observation survey(AssessmentEntity a, String localId) {
        Observation o = observation(a, localId);
        o.addCategory().addCoding(new Coding(Canonicals.OBSERVATION_CATEGORY, "survey", "Survey"));
        return o;
    }

    private static Observation observation(AssessmentEntity a, String localId) {
        Observation o = new Observation();
        o.setId(localId);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setSubject(subject(a));
        o.setEffective(date(a));
        return o;
    }

    private static Flag flag(AssessmentEntity a) {
        AssessmentResult.Triage t = a.result.triage();
        if (t == null || !FLAGGED_LEVELS.contains(t.level())) {
            return null;
        }
        Flag flag = new Flag();
        flag.setStatus(Flag.FlagStatus.ACTIVE);
        flag.addCategory().addCoding(new Coding(Canonicals.FLAG_CATEGORY, "clinical", "Clinical"));
        StringBuilder text = new StringBuilder(t.level()).append(": ").append(t.action());
        t.reasons().forEach(reason -> text.append("; ").append(reason.code()).append(" ").append(reason.text())
                .append(" (").append(reason.source()).append(')'));
        flag.setCode(new CodeableConcept().addCoding(new Coding(Canonicals.TRIAGE_LEVEL, t.level(), null)).setText(text.toString()));
        flag.setSubject(subject(a));
        flag.getPeriod().setStartElement(date(a));
        return flag;
    }

    private static CarePlan carePlan(AssessmentEntity a, AssessmentResult r) {
        CarePlan plan = new CarePlan();
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setSubject(subject(a));
        plan.setTitle("Exercise plan");
        plan.setCreatedElement(new DateTimeType(Date.from(a.createdAt)));
        AssessmentResult.ExercisePlan p = r.exercisePlan();
        boolean empty = p == null || p.items() == null || p.items().isEmpty();
        // held back (red flag, child) or nothing to plan: the plan exists, on hold, saying why
        plan.setStatus(empty ? CarePlan.CarePlanStatus.ONHOLD : CarePlan.CarePlanStatus.ACTIVE);
        String description = (p != null && p.note() != null ? p.note() : empty ? "No exercise planned" : "Exercises for this assessment")
                + (r.contentRelease() == null ? "" : " (content release " + r.contentRelease() + ")");
        plan.setDescription(description);
        if (!empty) {
            for (AssessmentResult.ExercisePlanItem item : p.items()) {
                plan.addActivity().getDetail()
                        .setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED)
                        .setCode(new CodeableConcept().addCoding(new Coding(Canonicals.EXERCISE, item.exerciseCode(), null))
                                .setText(item.name()))
                        .setDescription(item.name() + ": " + item.dosage() + (item.why() == null ? "" : ". " + item.why()));
            }
        }
        return plan;
    }

    private static Reference subject(AssessmentEntity a) {
        // we hold no Patient resource: the subject is our pseudonymous patientRef
        return new Reference().setType("Patient")
                .setIdentifier(new Identifier().setSystem(Canonicals.PATIENT_REF).setValue(a.patientRef));
    }

    private static DateTimeType date(AssessmentEntity a) {
        return new DateTimeType(a.encounterDate.toString());
    }

    private static String localId(Resource r) {
        return r.getIdElement().getIdPart();
    }

    private static String urn(AssessmentEntity a, String part) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((a.id + "/" + part).getBytes(StandardCharsets.UTF_8));
    }
}
