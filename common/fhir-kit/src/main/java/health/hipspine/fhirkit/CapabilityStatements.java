package health.hipspine.fhirkit;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

import java.util.Date;
import java.util.List;

/** A read-only server's CapabilityStatement: which resource types it reads and searches, with which parameters. */
public final class CapabilityStatements {

    /** One resource type the server reads by id, and searches with these token parameters. */
    public record Served(String type, List<String> tokenSearchParams, String documentation) {
    }

    public static CapabilityStatement readOnlyServer(String software, String version, String securityDescription,
                                                     Date date, List<Served> served) {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setDate(date);
        cs.setPublisher("Hip-Spine Navigator");
        cs.setKind(CapabilityStatementKind.INSTANCE);
        cs.getSoftware().setName(software).setVersion(version);
        cs.getImplementation().setDescription(software + " FHIR R4 endpoint");
        cs.setFhirVersion(FHIRVersion._4_0_1);
        cs.addFormat("json");
        CapabilityStatement.CapabilityStatementRestComponent rest = cs.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.getSecurity().setCors(false).setDescription(securityDescription)
                .addService(new CodeableConcept().addCoding(new Coding(
                        "http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth")));
        for (Served s : served) {
            CapabilityStatement.CapabilityStatementRestResourceComponent resource = rest.addResource()
                    .setType(s.type()).setDocumentation(s.documentation());
            resource.addInteraction().setCode(TypeRestfulInteraction.READ);
            resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            for (String parameter : s.tokenSearchParams()) {
                resource.addSearchParam().setName(parameter).setType(parameter.equals("url") ? SearchParamType.URI : SearchParamType.TOKEN);
            }
        }
        return cs;
    }

    private CapabilityStatements() {
    }
}
