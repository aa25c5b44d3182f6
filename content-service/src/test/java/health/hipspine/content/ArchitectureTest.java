package health.hipspine.content;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The skeleton: rest → service → mapping → repository → domain/config, never back, no cycles. */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("health.hipspine.content");

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("health.hipspine.content.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void restIsImportedByNoLowerLayer() {
        noClasses().that().resideInAnyPackage("..content.service..", "..content.repository..",
                        "..content.mapping..", "..content.domain..", "..content.config..")
                .should().dependOnClassesThat().resideInAPackage("..content.rest..").check(MAIN);
    }

    @Test
    void repositoryImportsNeitherRestNorService() {
        noClasses().that().resideInAPackage("..content.repository..")
                .should().dependOnClassesThat().resideInAnyPackage("..content.rest..", "..content.service..",
                        "..content.mapping..")
                .check(MAIN);
    }

    @Test
    void theDomainDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("..content.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..content.rest..", "..content.service..",
                        "..content.mapping..", "..content.repository..", "..content.config..", "..content.health..")
                .check(MAIN);
    }

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(jakarta.inject.Inject.class).check(MAIN);
    }
}
