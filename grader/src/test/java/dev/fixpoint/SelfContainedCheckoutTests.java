package dev.fixpoint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's commands work from a fresh clone alone: no build file, script or source of the project reaches for
 * the shared design folder that sits beside the checkout on developers' machines (its samples are copied into the
 * repository, with their notices).
 */
class SelfContainedCheckoutTests {

    // Written in two parts so that this file does not name what it looks for.
    private static final Pattern OUTSIDE = Pattern.compile("\\.\\./" + "shared\\b");

    @Test
    void noBuildFileScriptOrSourceNamesTheFolderBesideTheCheckout() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertThat(root.resolve("README.md")).as("run from a module of the checkout").exists();
        List<String> offending;
        try (Stream<Path> files = Files.walk(root)) {
            offending = files.filter(Files::isRegularFile)
                    .filter(file -> !isIgnored(root.relativize(file)))
                    .filter(file -> OUTSIDE.matcher(text(file)).find())
                    .map(file -> root.relativize(file).toString())
                    .toList();
        }
        assertThat(offending).as("files that read the folder beside the checkout").isEmpty();
    }

    @Test
    void theCheckIsNotBlind() {
        assertThat(OUTSIDE.matcher("cp " + "../" + "shared/sarif/x.sarif .").find()).isTrue();
        assertThat(OUTSIDE.matcher("grader/src/test/resources/sarif").find()).isFalse();
    }

    private static boolean isIgnored(Path relative) {
        String first = relative.getName(0).toString();
        return first.equals(".git") || relative.toString().contains("/target/") || first.equals("target") || first.equals("data");
    }

    private static String text(Path file) {
        try {
            return Files.size(file) > 4_000_000 ? "" : Files.readString(file);
        } catch (MalformedInputException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
