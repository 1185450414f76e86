package dev.fixpoint.cli;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest;
import dev.fixpoint.catalog.LabManifest.CheckSpec;
import dev.fixpoint.grading.Grader;
import dev.fixpoint.grading.Installation;
import dev.fixpoint.grading.LabRuntime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A lab as a standalone Maven project: the services under src/main/java (their other files under src/main/resources),
 * the visible checks under src/test/java (run by {@code mvn test}), and the lab API in a file repository inside the
 * project, so it builds without Fixpoint's own build.
 */
final class PulledProject {

    private PulledProject() {
    }

    /**
     * Where a lab file lives in a pulled project: src/x/Y.java to src/main/java/x/Y.java, any other file under src/
     * (application.properties, templates/page.html) under src/main/resources, where a build puts it on the class path.
     */
    static Path projectPath(Path dir, String labPath) {
        if (labPath.startsWith("src/")) {
            String folder = labPath.endsWith(".java") ? "src/main/java" : "src/main/resources";
            return dir.resolve(folder).resolve(labPath.substring("src/".length()));
        }
        if (labPath.startsWith("checks/")) {
            return dir.resolve("src/test/java").resolve(labPath.substring("checks/".length()));
        }
        throw new IllegalArgumentException("no place for " + labPath);
    }

    /**
     * The learner's editable files from a pulled project, by their path in the lab. A file that is a symbolic link,
     * or that resolves to a place outside {@code dir}, is refused by name: grading it would compile whatever it points to.
     */
    static Map<String, String> readEditableFiles(Lab lab, Path dir) {
        Map<String, String> files = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        Path root = Files.isDirectory(dir) ? realPath(dir) : null;
        for (String path : lab.manifest().editable()) {
            Path file = projectPath(dir, path);
            if (Files.isSymbolicLink(file)) {
                throw new IllegalArgumentException(file + " is a symbolic link; replace it with the file itself");
            }
            if (root == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                missing.add(file.toString());
                continue;
            }
            Path real = realPath(file);
            if (!real.startsWith(root)) {
                throw new IllegalArgumentException(file + " is outside " + dir + " (it resolves to " + real
                        + "); keep the project's files in its own folders, without links");
            }
            files.put(path, read(real));
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing " + String.join(", ", missing)
                    + ": grade a folder written by 'fixpoint lab pull " + lab.id() + " DIR'");
        }
        return files;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Reads a file whose path has no links left, refusing one that became a link since it was checked. */
    private static String read(Path real) {
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(Grader.MAX_FILE_CHARS * 4 + 1);
            if (bytes.length > Grader.MAX_FILE_CHARS * 4) {
                throw new IllegalArgumentException(real + " is too large to grade");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + real, e);
        }
    }

    /**
     * Writes the project into {@code dir}, which must be new or empty. A java lab's project carries everything only
     * Fixpoint brings (the lab API and the lab's libraries, in {@link ShippedRepository}), so {@code ./mvnw -o test} works
     * on a machine that never built Fixpoint once Maven and its usual plugins are in the local repository; a runtime
     * that describes its own project ({@link LabRuntime#project}) ships everything, plugins included.
     */
    static void write(Lab lab, Path dir, Installation installation) throws IOException {
        Map<String, LabRuntime> runtimes = LabRuntime.load(installation);
        LabRuntime runtime = runtimes.get(lab.manifest().runtime());
        if (runtime == null) {
            throw new IllegalArgumentException("lab " + lab.id() + " needs the " + lab.manifest().runtime() + " runtime, which this Fixpoint lacks");
        }
        try {
            // Refused rather than written without its libraries: a project that does not build helps nobody.
            LabRuntime.Project project = runtime.project(lab).orElseThrow(() -> new IllegalArgumentException(
                    "lab pull does not yet write projects for " + lab.manifest().runtime() + " labs such as " + lab.id() + "; fix it in the browser for now"));
            requireEmpty(dir);
            writeLabFiles(lab, dir, project);
            RuntimeProject.write(lab, dir, project, installation, versions().getProperty("fixpoint.version"));
        } finally {
            runtimes.values().forEach(LabRuntime::close);
        }
    }

    private static void requireEmpty(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + " is not empty; pull into a new folder so nothing of yours is overwritten");
                }
            }
        }
    }

    /** What every project has: the lab's files, its visible checks and their harness, the briefing, the README, the wrapper. */
    private static void writeLabFiles(Lab lab, Path dir, LabRuntime.Project project) throws IOException {
        for (Map.Entry<String, String> source : lab.sources().entrySet()) {
            write(projectPath(dir, source.getKey()), source.getValue());
        }
        for (Map.Entry<String, byte[]> resource : lab.resources().entrySet()) {
            Path file = projectPath(dir, resource.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, resource.getValue());
        }
        // Editable files that are not Java (application.properties) are neither sources nor resources of the lab.
        for (Map.Entry<String, String> starter : lab.starterFiles().entrySet()) {
            write(projectPath(dir, starter.getKey()), starter.getValue());
        }
        for (Map.Entry<String, String> source : lab.visibleCheckSources().entrySet()) {
            write(projectPath(dir, source.getKey()), source.getValue());
        }
        write(dir.resolve("src/test/java/fixpoint/VisibleChecksTests.java"), template("VisibleChecksTests.java.txt"));
        write(dir.resolve("src/test/resources/fixpoint-lab.properties"), descriptor(lab, project.services()));
        write(dir.resolve("BRIEFING.md"), briefing(lab));
        write(dir.resolve("README.md"), project.readme()
                .replace("{{id}}", lab.id()).replace("{{title}}", lab.manifest().title())
                .replace("{{editable}}", String.join("\n", lab.manifest().editable().stream()
                        .map(path -> "- `" + projectName(path) + "`").toList())));
        write(dir.resolve(".gitignore"), "target/\n");
        writeWrapper(dir);
    }

    /** A lab file's name in the project, relative to its folder and with forward slashes: src/x/Y.java to src/main/java/x/Y.java. */
    static String projectName(String labPath) {
        Path root = Path.of("");
        return root.relativize(projectPath(root, labPath)).toString().replace('\\', '/');
    }

    /** The briefing with every lab file it names written as the project names it. */
    static String briefing(Lab lab) {
        List<String> paths = new ArrayList<>(lab.sources().keySet());
        paths.addAll(lab.resources().keySet());
        paths.addAll(lab.starterFiles().keySet());
        paths.addAll(lab.visibleCheckSources().keySet());
        String text = lab.briefing();
        for (String path : paths) {
            // Whole names only (src/a/B.java is not the tail of lib/src/a/B.java.bak); a full stop may end the sentence.
            text = text.replaceAll("(?<![\\w/.\\-])" + Pattern.quote(path) + "(?![\\w/\\-]|\\.\\w)", Matcher.quoteReplacement(projectName(path)));
        }
        return text;
    }

    /**
     * The Maven wrapper, its {@code mvnw} first making sure Maven runs on a JDK 21 or newer, and the Maven settings the
     * project needs: offline, Maven refuses even a file repository unless its protocol is listed as reachable.
     */
    private static void writeWrapper(Path dir) throws IOException {
        String mvnw = template("wrapper/mvnw");
        int start = mvnw.indexOf("\nset -euf\n");
        if (start < 0) {
            throw new IOException("the Maven wrapper's mvnw has no 'set -euf' line to put the JDK check before");
        }
        write(dir.resolve("mvnw"), mvnw.substring(0, start + 1) + template("mvnw-jdk.sh.txt") + mvnw.substring(start + 1));
        dir.resolve("mvnw").toFile().setExecutable(true);
        write(dir.resolve("mvnw.cmd"), template("wrapper/mvnw.cmd"));
        write(dir.resolve(".mvn/wrapper/maven-wrapper.properties"), template("wrapper/.mvn/wrapper/maven-wrapper.properties"));
        write(dir.resolve(".mvn/maven.config"), "-Daether.offline.protocols=file\n");
    }

    /**
     * What the local harness needs: services (started by {@code hosts}' class where the runtime gives one), secrets' names
     * and the visible checks, never the hidden ones.
     */
    private static String descriptor(Lab lab, Map<String, String> hosts) {
        LabManifest manifest = lab.manifest();
        Properties properties = new Properties();
        properties.setProperty("lab", lab.id());
        properties.setProperty("services", String.join(",", manifest.services().stream().map(LabManifest.ServiceSpec::name).toList()));
        manifest.services().forEach(service -> {
            properties.setProperty("service." + service.name() + ".class", hosts.getOrDefault(service.name(), service.className()));
            properties.setProperty("service." + service.name() + ".exposure", service.exposure().name().toLowerCase());
        });
        properties.setProperty("secrets", String.join(",", manifest.secrets()));
        properties.setProperty("request-millis", Integer.toString(manifest.limits().requestMillis()));
        List<CheckSpec> visible = manifest.checks(LabManifest.Visibility.VISIBLE);
        properties.setProperty("checks", String.join(",", visible.stream().map(CheckSpec::name).toList()));
        for (CheckSpec check : visible) {
            String prefix = "check." + check.name() + ".";
            properties.setProperty(prefix + "class", check.className());
            properties.setProperty(prefix + "kind", check.kind().name().toLowerCase());
            properties.setProperty(prefix + "from", check.from().name().toLowerCase());
            if (check.explanation() != null) {
                properties.setProperty(prefix + "explanation", check.explanation());
            }
            check.params().forEach((key, value) -> properties.setProperty(prefix + "param." + key, value));
        }
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            properties.store(text, "Written by fixpoint lab pull: the lab's services and visible checks");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static String template(String name) throws IOException {
        try (InputStream in = PulledProject.class.getResourceAsStream("pull/" + name)) {
            if (in == null) {
                throw new IOException("missing template " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static Properties versions() throws IOException {
        Properties versions = new Properties();
        try (InputStream in = PulledProject.class.getResourceAsStream("versions.properties")) {
            versions.load(in);
        }
        return versions;
    }
}
