package health.hipspine.assessment;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The skeleton's rules: layers only point down, and the top-level packages form no cycle. */
class ArchitectureTest {

    static final String BASE = "health.hipspine.assessment";
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void theTopLevelPackagesHaveNoCycles() {
        assertThat(MAIN.size()).as("the rules must see the main classes").isGreaterThan(30);
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void serviceAndRepositoryNeverImportRest() {
        noClasses().that().resideInAnyPackage(BASE + ".service..", BASE + ".repository..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".rest..").check(MAIN);
    }

    @Test
    void repositoryImportsNeitherRestNorService() {
        noClasses().that().resideInAPackage(BASE + ".repository..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".rest..", BASE + ".service..").check(MAIN);
    }

    @Test
    void nothingBelowServiceImportsIt() {
        noClasses().that().resideInAnyPackage(BASE + ".repository..", BASE + ".mapping..", BASE + ".client..",
                        BASE + ".config..", BASE + ".outbox..", BASE + ".health..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".service..", BASE + ".rest..").check(MAIN);
    }

    @Test
    void mainCodeUsesConstructorInjection() {
        com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(MAIN);
    }
}
