package dev.fixpoint.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code fixpoint lab schema} prints the schema that docs/lab.schema.json holds, so that the published copy never drifts. */
class LabSchemaCommandTests {

    private static final Path DOCS = Path.of(System.getProperty("fixpoint.docs", "../docs"));

    @Test
    void theCommittedSchemaIsExactlyWhatTheCommandPrints() throws IOException {
        CliTests.Run run = CliTests.fixpoint("lab", "schema");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("{").contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"");
        assertThat(Files.readString(DOCS.resolve("lab.schema.json")))
                .as("docs/lab.schema.json is stale: regenerate it with ./fixpoint lab schema > docs/lab.schema.json")
                .isEqualTo(run.out());
    }

    @Test
    void theLabGuideTellsEditorsWhereTheSchemaIs() throws IOException {
        assertThat(Files.readString(DOCS.resolve("writing-labs.md")))
                .contains("# yaml-language-server: $schema=../../docs/lab.schema.json")
                .contains("fixpoint lab schema").contains("JSON Schema Mappings");
    }
}
