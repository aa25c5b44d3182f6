package health.hipspine.report.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The skeleton as rules: no cycles between the service's top-level packages, and no package depends on one
 * above it (rest → service → repository; the Kafka consumer in messaging sits beside rest).
 */
class LayeringTest {

    private static final String ROOT = "health.hipspine.report";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void restIsImportedByNeitherServiceNorRepository() {
        noClasses().that().resideInAnyPackage(ROOT + ".service..", ROOT + ".repository..", ROOT + ".messaging..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".rest..")
                .check(MAIN);
    }

    @Test
    void repositoryImportsNeitherRestNorService() {
        noClasses().that().resideInAPackage(ROOT + ".repository..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".rest..", ROOT + ".service..", ROOT + ".messaging..")
                .check(MAIN);
    }

    @Test
    void onlyTheInboundAdaptersUseTheServices() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".rest..", ROOT + ".messaging..", ROOT + ".service..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".service..")
                .check(MAIN);
    }

    @Test
    void renderingAndTheClientsKnowNothingOfStorageOrTransactions() {
        noClasses().that().resideInAnyPackage(ROOT + ".rendering..", ROOT + ".client..", ROOT + ".event..", ROOT + ".deadletter..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".repository..", ROOT + ".service..", ROOT + ".rest..")
                .check(MAIN);
    }

    @Test
    void noResourceOpensATransaction() {
        noClasses().that().resideInAPackage(ROOT + ".rest..")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.narayana.jta.QuarkusTransaction")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .check(MAIN);
    }

    @Test
    void constructorInjectionOnly() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("jakarta.inject.Inject")
                .because("beans take their collaborators in the constructor")
                .check(MAIN);
    }
}
