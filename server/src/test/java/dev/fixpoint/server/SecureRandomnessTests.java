package dev.fixpoint.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every secret, token and nonce of the server and the CLI comes from SecureRandom: no class of theirs uses a
 * predictable generator, so that no one can work out the next secret from ones they have seen.
 */
class SecureRandomnessTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.fixpoint.server", "dev.fixpoint.cli");

    @Test
    void theServerAndTheCliHaveFoundClasses() {
        // Guards the rule below against passing because the importer found nothing to check.
        assertContains("dev.fixpoint.server.accounts.ApiTokens");
        assertContains("dev.fixpoint.cli.FixpointCli");
    }

    @Test
    void noClassUsesAPredictableRandomGenerator() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.SplittableRandom")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould().dependOnClassesThat().resideInAPackage("java.util.random..")
                .orShould().callMethod(Math.class, "random")
                .orShould().callMethod(StrictMath.class, "random")
                .because("secrets, tokens and nonces must come from SecureRandom")
                .check(CLASSES);
    }

    private static void assertContains(String name) {
        assertThat(CLASSES.contain(name)).as(name + " imported").isTrue();
    }
}
