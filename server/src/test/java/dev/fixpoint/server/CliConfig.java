package dev.fixpoint.server;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh folder for what {@code fixpoint login} stores, for each test that runs the CLI in its JVM (see
 * {@link CliRun}), so that no test reads another's login or the developer's own.
 */
public final class CliConfig implements BeforeEachCallback, AfterEachCallback {

    private Path dir;

    /** The folder the CLI keeps its credentials in during the current test. */
    public Path dir() {
        return dir;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("fixpoint-cli-config");
        System.setProperty("fixpoint.config", dir.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        System.clearProperty("fixpoint.config");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
