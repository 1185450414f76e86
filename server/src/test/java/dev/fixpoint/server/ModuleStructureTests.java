package dev.fixpoint.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The server's modules (the packages below dev.fixpoint.server) and the direction of their dependencies:
 * accounts and labs depend on no other module, submissions on those two, assignments on those three, findings
 * on assignments and below, workspace (the lab page) on all but webhooks; webhooks, which only listen to the
 * assignments' events, depend on accounts, assignments and network, and nothing depends on them; network (which
 * peers are trusted proxies, address ranges) depends on no other module.
 */
class ModuleStructureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.fixpoint.server");

    @Test
    void modulesHaveNoCycles() {
        slices().matching("dev.fixpoint.server.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void accountsDependOnNoOtherModule() {
        noClasses().that().resideInAPackage("dev.fixpoint.server.accounts..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fixpoint.server.labs..", "dev.fixpoint.server.submissions..",
                        "dev.fixpoint.server.assignments..", "dev.fixpoint.server.findings..", "dev.fixpoint.server.workspace..")
                .check(CLASSES);
    }

    @Test
    void networkDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("dev.fixpoint.server.network..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fixpoint.server.accounts..", "dev.fixpoint.server.labs..",
                        "dev.fixpoint.server.submissions..", "dev.fixpoint.server.assignments..", "dev.fixpoint.server.findings..",
                        "dev.fixpoint.server.workspace..", "dev.fixpoint.server.webhooks..")
                .check(CLASSES);
    }

    @Test
    void labsDependOnNoOtherModule() {
        noClasses().that().resideInAPackage("dev.fixpoint.server.labs..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fixpoint.server.accounts..", "dev.fixpoint.server.submissions..",
                        "dev.fixpoint.server.workspace..")
                .check(CLASSES);
    }

    @Test
    void assignmentsKnowNothingOfFindingsOrPages() {
        noClasses().that().resideInAPackage("dev.fixpoint.server.assignments..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fixpoint.server.findings..", "dev.fixpoint.server.workspace..")
                .check(CLASSES);
    }

    @Test
    void onlyTheWorkspaceDependsOnFindings() {
        noClasses().that().resideOutsideOfPackages("dev.fixpoint.server.findings..", "dev.fixpoint.server.workspace..")
                .should().dependOnClassesThat().resideInAPackage("dev.fixpoint.server.findings..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheWorkspace() {
        noClasses().that().resideOutsideOfPackage("dev.fixpoint.server.workspace..")
                .should().dependOnClassesThat().resideInAPackage("dev.fixpoint.server.workspace..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnWebhooks() {
        noClasses().that().resideOutsideOfPackage("dev.fixpoint.server.webhooks..")
                .should().dependOnClassesThat().resideInAPackage("dev.fixpoint.server.webhooks..")
                .check(CLASSES);
    }

    @Test
    void onlyRepositoriesTalkToTheDatabase() {
        noClasses().that().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .check(CLASSES);
    }
}
