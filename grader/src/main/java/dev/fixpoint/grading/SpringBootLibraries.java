package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabFormatException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The spring-boot runtime's jars (its {@code lib/} folder) and its optional starters ({@code libraries.properties}: a
 * name, then the jars only that starter brings, the starter's own first). A lab compiles against the jars of the starters
 * every lab gets and of the optional ones it names; its workers hold every jar, and the auto-configurations of the starters
 * it does not name are listed for the worker's host to leave out; its pulled project's pom names only its starters.
 */
final class SpringBootLibraries {

    private static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

    private final Path lib;
    /** Optional starter name to the artifact ids of its jars, the starter first. */
    private final Map<String, List<String>> optional = new TreeMap<>();
    private volatile List<Path> all;
    /** The excluded auto-configurations per set of named starters: each jar is read once, not per grading. */
    private final Map<Set<String>, byte[]> excluded = new ConcurrentHashMap<>();

    SpringBootLibraries(Path runtimeFolder) {
        this.lib = runtimeFolder.resolve("lib");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(runtimeFolder.resolve("libraries.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spring-boot runtime's libraries.properties in " + runtimeFolder, e);
        }
        properties.stringPropertyNames().forEach(name -> optional.put(name,
                Arrays.stream(properties.getProperty(name).split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList()));
    }

    /** The optional starters a lab may name under {@code libraries:}. */
    Set<String> optionalNames() {
        return new TreeSet<>(optional.keySet());
    }

    /** Every jar of the runtime, sorted. */
    List<Path> all() {
        if (all == null) {
            try (Stream<Path> listed = Files.list(lib)) {
                all = listed.filter(jar -> jar.getFileName().toString().endsWith(".jar")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the spring-boot runtime's libraries in " + lib, e);
            }
        }
        return all;
    }

    /**
     * What the lab's code and checks compile against: every jar but those of the optional starters it does not name.
     *
     * @throws LabFormatException naming each name under {@code libraries:} that is not an optional starter
     */
    List<Path> compileClassPath(Lab lab) {
        Set<String> left = new java.util.HashSet<>();
        unnamed(lab).forEach(name -> optional.get(name).forEach(id -> left.add(id + ".jar")));
        return all().stream().filter(jar -> !left.contains(jar.getFileName().toString())).toList();
    }

    /** The auto-configuration classes of the optional starters the lab does not name, one per line. */
    byte[] excludedAutoConfigurations(Lab lab) {
        return excluded.computeIfAbsent(unnamed(lab), this::autoConfigurations).clone();
    }

    /** The pom without the {@code <dependency>} of each optional starter the lab does not name. */
    String withoutUnnamedStarters(String pom, Lab lab) {
        String result = pom;
        for (String name : unnamed(lab)) {
            Pattern dependency = Pattern.compile("[ \\t]*<dependency>\\s*<groupId>org\\.springframework\\.boot</groupId>\\s*<artifactId>"
                    + Pattern.quote(optional.get(name).getFirst()) + "</artifactId>\\s*</dependency>[ \\t]*\\R");
            String without = dependency.matcher(result).replaceFirst("");
            if (without.equals(result)) {
                throw new IllegalStateException("the spring-boot runtime's pom template has no dependency on " + optional.get(name).getFirst());
            }
            result = without;
        }
        return result;
    }

    private Set<String> unnamed(Lab lab) {
        List<String> problems = new ArrayList<>();
        for (String name : lab.manifest().libraries()) {
            if (!optional.containsKey(name)) {
                problems.add("labs/" + lab.id() + "/lab.yaml: libraries: '" + name + "' is not an optional starter of the spring-boot"
                        + " runtime (available: " + optionalNames() + "; web MVC, security, Data JDBC, Jackson and H2 come with every lab)");
            }
        }
        if (!problems.isEmpty()) {
            throw new LabFormatException(problems);
        }
        Set<String> unnamed = new TreeSet<>(optional.keySet());
        unnamed.removeAll(lab.manifest().libraries());
        return Set.copyOf(unnamed);
    }

    private byte[] autoConfigurations(Set<String> starters) {
        Set<String> classes = new LinkedHashSet<>();
        for (String starter : new TreeSet<>(starters)) {
            for (String id : optional.get(starter)) {
                Path jar = lib.resolve(id + ".jar");
                if (!Files.isRegularFile(jar)) {
                    throw new IllegalStateException("libraries.properties of the spring-boot runtime names " + id + " under " + starter
                            + ", which is not in " + lib + "; rebuild the runtime");
                }
                classes.addAll(autoConfigurations(jar));
            }
        }
        return String.join("\n", classes).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> autoConfigurations(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry imports = zip.getEntry(IMPORTS);
            if (imports == null) {
                return List.of();
            }
            try (InputStream in = zip.getInputStream(imports)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the auto-configurations of " + jar, e);
        }
    }
}
