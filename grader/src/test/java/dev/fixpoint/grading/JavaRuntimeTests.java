package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The java runtime's libraries: what a lab compiles against, and the one worker class path every java lab shares. */
class JavaRuntimeTests {

    private static final JavaRuntime RUNTIME = new JavaRuntime(Installation.detect());
    private static final LabCatalog BUNDLED = LabCatalog.load(Path.of(System.getProperty("fixpoint.labs", "../labs")), LabRuntime.available());

    @AfterAll
    static void close() {
        RUNTIME.close();
    }

    @Test
    void everyJavaLabRunsOnOneWorkerClassPathWhateverLibrariesItNames() {
        List<Lab> javaLabs = BUNDLED.labs().stream().filter(lab -> lab.manifest().runtime().equals("java")).toList();

        assertThat(javaLabs.stream().map(lab -> lab.manifest().libraries()).distinct()).hasSizeGreaterThan(3);
        assertThat(javaLabs.stream().map(RUNTIME::worker).distinct()).singleElement()
                .satisfies(spec -> assertThat(spec.classPath()).extracting(jar -> jar.getFileName().toString())
                        .contains("h2.jar", "jackson-databind.jar", "jsoup.jar", "nimbus-jose-jwt.jar", "fixpoint-lab-kit.jar"));
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
}
