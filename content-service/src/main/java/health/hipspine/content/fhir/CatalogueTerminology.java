package health.hipspine.content.fhir;

import health.hipspine.fhirkit.Canonicals;
import health.hipspine.model.Setting;
import health.hipspine.model.Side;
import health.hipspine.model.catalogue.CategoryDefinition;
import health.hipspine.model.catalogue.FindingCatalogue;
import health.hipspine.model.catalogue.FindingDefinition;
import health.hipspine.model.catalogue.LocalizedText;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeSystem.PropertyType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.ValueSet;

import java.util.List;
import java.util.Map;

/**
 * The catalogue's vocabularies as FHIR CodeSystems (each with a ValueSet of all its codes): finding codes,
 * differential categories, side and setting. Built from the versioned catalogue, never typed in twice.
 */
final class CatalogueTerminology {

    static final String FINDING_CODE = "finding-code";
    static final String CATEGORY = "category";
    static final String SIDE = "side";
    static final String SETTING = "setting";

    private CatalogueTerminology() {
    }

    static CodeSystem findingCodes(FindingCatalogue catalogue) {
        CodeSystem cs = codeSystem(FINDING_CODE, "FindingCode", "Hip-Spine Navigator finding codes", catalogue.release(),
                "Every finding the hip-spine model can use: symptoms, history, examination tests and red flags. "
                        + "Properties give the answer type, unit and whether a side applies; accuracy and sources are in "
                        + "content-service GET /api/v1/findings/{code}.");
        cs.addProperty().setCode("group").setType(PropertyType.CODE).setDescription("SYMPTOM, HISTORY, EXAMINATION or RED_FLAG");
        cs.addProperty().setCode("valueType").setType(PropertyType.CODE).setDescription("BOOLEAN or NUMBER");
        cs.addProperty().setCode("unit").setType(PropertyType.STRING).setDescription("Unit of a NUMBER finding");
        cs.addProperty().setCode("sideApplies").setType(PropertyType.BOOLEAN).setDescription("A side (left, right, bilateral) may be given");
        for (FindingDefinition f : catalogue.findings()) {
            ConceptDefinitionComponent concept = concept(cs, f.code(), f.name());
            concept.setDefinition(f.meaning() == null ? null : f.meaning().en());
            concept.addProperty().setCode("group").setValue(new CodeType(f.group().name()));
            concept.addProperty().setCode("valueType").setValue(new CodeType(f.valueType().name()));
            if (f.unit() != null) {
                concept.addProperty().setCode("unit").setValue(new StringType(f.unit()));
            }
            concept.addProperty().setCode("sideApplies").setValue(new BooleanType(f.sideApplies()));
        }
        return cs;
    }

    static CodeSystem categories(FindingCatalogue catalogue) {
        CodeSystem cs = codeSystem(CATEGORY, "Category", "Hip-Spine Navigator differential categories", catalogue.release(),
                "The sources of pain the differential ranks (the categories of RiskAssessment.prediction).");
        for (CategoryDefinition c : catalogue.categories()) {
            concept(cs, c.code().name(), c.name());
        }
        return cs;
    }

    static CodeSystem sides(FindingCatalogue catalogue) {
        CodeSystem cs = codeSystem(SIDE, "Side", "Side of a finding", catalogue.release(),
                "The side of a finding whose catalogue entry says a side applies.");
        concept(cs, Side.LEFT.wire(), LocalizedText.of("Left", "Izquierdo"));
        concept(cs, Side.RIGHT.wire(), LocalizedText.of("Right", "Derecho"));
        concept(cs, Side.BILATERAL.wire(), LocalizedText.of("Both sides", "Ambos lados"));
        return cs;
    }

    static CodeSystem settings(FindingCatalogue catalogue) {
        CodeSystem cs = codeSystem(SETTING, "Setting", "Where the patient is seen", catalogue.release(),
                "Chooses the published prevalence (pre-test probability) the model starts from; primary care unless given.");
        concept(cs, Setting.PRIMARY_CARE.wire(), LocalizedText.of("Primary care", "Atención primaria"));
        concept(cs, Setting.SPECIALIST.wire(), LocalizedText.of("Specialist care", "Atención especializada"));
        return cs;
    }

    /** The value set of every code in a code system (same id, same version). */
    static ValueSet allOf(CodeSystem cs) {
        ValueSet vs = new ValueSet();
        vs.setId(cs.getIdElement().getIdPart());
        vs.setUrl(Canonicals.valueSet(cs.getIdElement().getIdPart()));
        vs.setVersion(cs.getVersion());
        vs.setName(cs.getName());
        vs.setTitle(cs.getTitle());
        vs.setStatus(PublicationStatus.ACTIVE);
        vs.setPublisher(cs.getPublisher());
        vs.setDescription("All codes of " + cs.getUrl());
        vs.getCompose().addInclude().setSystem(cs.getUrl()).setVersion(cs.getVersion());
        return vs;
    }

    private static CodeSystem codeSystem(String id, String name, String title, String version, String description) {
        CodeSystem cs = new CodeSystem();
        cs.setId(id);
        cs.setUrl(Canonicals.codeSystem(id));
        cs.setVersion(version);
        cs.setName(name);
        cs.setTitle(title);
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setExperimental(false);
        cs.setPublisher("Hip-Spine Navigator");
        cs.setDescription(description);
        cs.setCaseSensitive(true);
        cs.setValueSet(Canonicals.valueSet(id));
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        return cs;
    }

    /** A concept with its English display and a designation in every other language of the text. */
    private static ConceptDefinitionComponent concept(CodeSystem cs, String code, LocalizedText name) {
        ConceptDefinitionComponent concept = cs.addConcept().setCode(code).setDisplay(name.en());
        for (Map.Entry<String, String> text : name.texts().entrySet()) {
            if (!text.getKey().equals(LocalizedText.ENGLISH) && !text.getValue().isBlank()) {
                concept.addDesignation().setLanguage(text.getKey()).setValue(text.getValue());
            }
        }
        cs.setCount(cs.getConcept().size());
        return concept;
    }

    static List<CodeSystem> all(FindingCatalogue catalogue) {
        return List.of(findingCodes(catalogue), categories(catalogue), sides(catalogue), settings(catalogue));
    }
}
