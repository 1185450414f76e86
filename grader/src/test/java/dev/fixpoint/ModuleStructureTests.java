package dev.fixpoint;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The grader's feature packages and their allowed dependencies: catalog (lab folders) knows nothing of
 * grading or the sandbox; the sandbox (worker processes) knows nothing of labs or grading; grading uses both;
 * findings (scanner results read from SARIF) use only the catalog, to recommend labs for what scanners found.
 */
class ModuleStructureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.fixpoint.catalog", "dev.fixpoint.grading", "dev.fixpoint.sandbox", "dev.fixpoint.findings");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dev.fixpoint.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theCatalogDependsOnNoOtherFeature() {
        noClasses().that().resideInAPackage("dev.fixpoint.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fixpoint.grading..", "dev.fixpoint.sandbox..")
                .check(CLASSES);
    }

    @Test
    void theSandboxKnowsNothingOfLabsOrGrading() {
        noClasses().that().resideInAPackage("dev.fixpoint.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fixpoint.grading..", "dev.fixpoint.catalog..")
                .check(CLASSES);
    }

    @Test
    void findingsDependOnNothingButTheCatalog() {
        noClasses().that().resideInAPackage("dev.fixpoint.findings..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fixpoint.grading..", "dev.fixpoint.sandbox..")
                .check(CLASSES);
    }

    @Test
    void theLabApiKnowsNothingOfItsHost() {
        JavaClasses labApi = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.fixpoint.lab");
        noClasses().that().resideInAnyPackage("dev.fixpoint.lab", "dev.fixpoint.lab.check..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fixpoint.lab.host..", "dev.fixpoint.lab.local..")
                .check(labApi);
    }

    @Test
    void nothingButTheSandboxStartsProcesses() {
        noClasses().that().resideOutsideOfPackage("dev.fixpoint.sandbox..")
                .should().dependOnClassesThat().haveFullyQualifiedName(ProcessBuilder.class.getName())
                .check(CLASSES);
    }
}
