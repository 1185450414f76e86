package dev.fixpoint.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The host's shared libraries that the JDK links against, found with {@code ldd}, so the sandbox can mount
 * those files alone instead of the host's library folders.
 */
final class HostLibraries {

    private static final Pattern LIBRARY = Pattern.compile("(?:=>\\s*)?(/\\S+)\\s+\\(0x");

    private HostLibraries() {
    }

    /** The absolute paths of the libraries, or an empty list when ldd cannot tell. */
    static List<Path> of(Path javaHome) {
        List<String> command = new ArrayList<>(List.of("ldd", javaHome.resolve("bin/java").toString()));
        try (Stream<Path> files = Files.walk(javaHome.resolve("lib"))) {
            files.filter(file -> file.toString().endsWith(".so")).forEach(file -> command.add(file.toString()));
        } catch (IOException e) {
            return List.of();
        }
        try {
            Process ldd = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ldd.waitFor(10, TimeUnit.SECONDS)) {
                ldd.destroyForcibly();
                return List.of();
            }
            Set<Path> libraries = new TreeSet<>();
            Matcher matcher = LIBRARY.matcher(output);
            while (matcher.find()) {
                Path library = Path.of(matcher.group(1));
                if (!library.startsWith(javaHome) && Files.exists(library)) {
                    libraries.add(library);
                }
            }
            return List.copyOf(libraries);
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
