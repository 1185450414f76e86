package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The java runtime's libraries: what a lab compiles and runs against, and the catalog's check of their names. */
class JavaRuntimeTests {

    private static final JavaRuntime RUNTIME = new JavaRuntime(Installation.detect());
    private static final LabCatalog BUNDLED = LabCatalog.load(Path.of(System.getProperty("fixpoint.labs", "../labs")), LabRuntime.available());

    @AfterAll
    static void close() {
        RUNTIME.close();
    }

    @Test
    void aLabsCodeCompilesOnlyAgainstTheLibrariesItNames() {
        Lab kitOnly = BUNDLED.find("path-traversal-download").orElseThrow();
        String file = "src/docs/DocumentStore.java";
        Map<String, String> files = new HashMap<>(kitOnly.solutionFiles());
        files.put(file, files.get(file).replaceFirst("package docs;", "package docs;\nimport org.h2.Driver;"));

        assertThat(kitOnly.manifest().libraries()).containsExactly("kit");
        assertThat(RUNTIME.libraries(kitOnly)).extracting(jar -> jar.getFileName().toString()).doesNotContain("h2.jar");
        assertThat(RUNTIME.prepare(kitOnly, files)).isInstanceOfSatisfying(LabRuntime.Preparation.Invalid.class,
                invalid -> assertThat(invalid.errors()).extracting(CompileError::message).anyMatch(message -> message.contains("org.h2")));
    }

    @Test
    void aLabNamingALibraryItsRuntimeDoesNotOfferIsLeftOutOfTheCatalogNamingThoseItDoes(@TempDir Path labs) throws IOException {
        for (String id : List.of("sql-injection-search", "spring-sort-injection")) {
            dev.fixpoint.catalog.LabFolders.copy(BUNDLED.find(id).orElseThrow().dir(), labs.resolve(id));
        }
        rename(labs.resolve("sql-injection-search/lab.yaml"), "libraries: [h2, jackson, kit]", "libraries: [h2, jackson, kit, jdbi]");
        rename(labs.resolve("spring-sort-injection/lab.yaml"), "runtime: spring-boot\n", "runtime: spring-boot\nlibraries: [h2]\n");

        LabCatalog catalog = LabCatalog.load(labs, LabRuntime.offered(Installation.detect()));

        assertThat(catalog.labs()).isEmpty();
        assertThat(catalog.problems()).containsExactly(
                "labs/spring-sort-injection/lab.yaml: libraries: 'h2' is not a library of the spring-boot runtime (it has [actuator, thymeleaf, validation])",
                "labs/sql-injection-search/lab.yaml: libraries: 'jdbi' is not a library of the java runtime (it has "
                        + new java.util.TreeSet<>(RUNTIME.libraryNames()) + ")");
    }

    private static void rename(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
