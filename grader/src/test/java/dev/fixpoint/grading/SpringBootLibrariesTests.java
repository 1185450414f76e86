package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The spring-boot runtime's optional starters, as the bundled labs meet them. */
class SpringBootLibrariesTests {

    private static final Path RUNTIME = Installation.detect().runtime("spring-boot");
    private static final SpringBootLibraries LIBRARIES = new SpringBootLibraries(RUNTIME);
    private static final LabCatalog BUNDLED = LabCatalog.load(Path.of(System.getProperty("fixpoint.labs", "../labs")), LabRuntime.available());

    @Test
    void everyJarAnOptionalStarterNamesIsInTheRuntimeAndNamedOnce() throws IOException {
        Properties optional = new Properties();
        try (Reader reader = Files.newBufferedReader(RUNTIME.resolve("libraries.properties"))) {
            optional.load(reader);
        }
        List<String> named = optional.stringPropertyNames().stream()
                .flatMap(name -> Arrays.stream(optional.getProperty(name).split(","))).map(String::strip).toList();

        assertThat(named).doesNotHaveDuplicates().allSatisfy(id -> assertThat(RUNTIME.resolve("lib/" + id + ".jar")).isRegularFile());
        assertThat(LIBRARIES.optionalNames()).containsExactly("actuator", "thymeleaf", "validation");
    }

    @Test
    void aLabNamingNoStarterCompilesWithoutTheirJarsAndItsWorkerLeavesTheirAutoConfigurationsOut() {
        Lab plain = BUNDLED.find("spring-sort-injection").orElseThrow();
        assertThat(plain.manifest().libraries()).isEmpty();

        assertThat(LIBRARIES.compileClassPath(plain)).extracting(jar -> jar.getFileName().toString())
                .contains("spring-boot-starter-webmvc.jar", "spring-boot-starter-security.jar", "spring-data-jdbc.jar", "h2.jar")
                .doesNotContain("spring-boot-actuator.jar", "thymeleaf.jar", "hibernate-validator.jar");
        assertThat(new String(LIBRARIES.excludedAutoConfigurations(plain), StandardCharsets.UTF_8).lines())
                .contains("org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration",
                        "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration",
                        "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration")
                .noneMatch(name -> name.contains(".webmvc.") || name.contains(".security.") || name.contains(".jdbc."));
    }

    @Test
    void aLabNamingAStarterKeepsItsJarsAndAutoConfigurationsAndItsPomNamesIt() throws IOException {
        Lab actuator = BUNDLED.find("spring-actuator-exposure").orElseThrow();
        String pom = Files.readString(RUNTIME.resolve("project/pom.xml.txt"));

        assertThat(LIBRARIES.compileClassPath(actuator)).extracting(jar -> jar.getFileName().toString())
                .contains("spring-boot-actuator.jar", "micrometer-core.jar").doesNotContain("thymeleaf.jar");
        assertThat(new String(LIBRARIES.excludedAutoConfigurations(actuator), StandardCharsets.UTF_8))
                .doesNotContain("actuate").contains("ThymeleafAutoConfiguration");
        assertThat(LIBRARIES.withoutUnnamedStarters(pom, actuator))
                .contains("<artifactId>spring-boot-starter-actuator</artifactId>", "<artifactId>spring-boot-starter-webmvc</artifactId>")
                .doesNotContain("spring-boot-starter-thymeleaf", "spring-boot-starter-validation");
    }
}
