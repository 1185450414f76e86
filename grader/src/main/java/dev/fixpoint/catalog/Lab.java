package dev.fixpoint.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A lab on disk: its validated manifest and its folder, which holds {@code briefing.md}, {@code writeup.md},
 * the service code under {@code src/}, the checks under {@code checks/} and the reference fix under
 * {@code solution/} (the changed editable files, at the same paths).
 */
public record Lab(LabManifest manifest, Path dir) {

    public String id() {
        return manifest.id();
    }

    public String briefing() {
        return read(dir.resolve("briefing.md"));
    }

    public String writeup() {
        return read(dir.resolve("writeup.md"));
    }

    /** Every Java source of the services as shipped (vulnerable), by path relative to the lab folder. */
    public SortedMap<String, String> sources() {
        return javaFiles("src");
    }

    /** Every Java source of the checks, visible and hidden, by path relative to the lab folder. */
    public SortedMap<String, String> checkSources() {
        return javaFiles("checks");
    }

    /**
     * The check sources a learner may see: every check source except those of classes that only hidden checks
     * use. Hidden variants of a visible check class keep their payloads hidden in lab.yaml.
     */
    public SortedMap<String, String> visibleCheckSources() {
        SortedMap<String, String> files = checkSources();
        java.util.Set<String> visible = new java.util.HashSet<>();
        manifest.checks(LabManifest.Visibility.VISIBLE).forEach(check -> visible.add(sourcePath("checks", check.className())));
        manifest.checks(LabManifest.Visibility.HIDDEN).stream().map(check -> sourcePath("checks", check.className()))
                .filter(path -> !visible.contains(path)).forEach(files::remove);
        return files;
    }

    /** The editable files as the learner first sees them. */
    public SortedMap<String, String> starterFiles() {
        SortedMap<String, String> files = new TreeMap<>();
        manifest.editable().forEach(path -> files.put(path, read(dir.resolve(path))));
        return files;
    }

    /** The editable files with the reference fix applied: the solution's version where it has one. */
    public SortedMap<String, String> solutionFiles() {
        SortedMap<String, String> files = starterFiles();
        files.replaceAll((path, starter) -> {
            Path fixed = dir.resolve("solution").resolve(path);
            return Files.isRegularFile(fixed) ? read(fixed) : starter;
        });
        return files;
    }

    /**
     * The tempting and alternative fixes the lab carries ({@code tempting/}, {@code alternatives/}), read from its folder.
     *
     * @throws LabFormatException naming each file and field that is wrong (a catalog leaves such a lab out)
     */
    public List<FixCase> cases() {
        List<String> problems = new java.util.ArrayList<>();
        List<FixCase> cases = FixCaseReader.read(dir, "labs/" + id(), manifest, problems);
        if (!problems.isEmpty()) {
            throw new LabFormatException(problems);
        }
        return cases;
    }

    /** The editable files with a case's fixed files applied: the starter's version of the others. */
    public SortedMap<String, String> filesOf(FixCase fixCase) {
        SortedMap<String, String> files = starterFiles();
        files.putAll(fixCase.files());
        return files;
    }

    /** The source path of a class under a root, such as {@code src/shop/Shop.java}. */
    public static String sourcePath(String root, String className) {
        return root + "/" + className.replace('.', '/') + ".java";
    }

    /**
     * The lab's files under src/ that are not Java and not editable (templates, properties, static files), by path
     * relative to the lab folder: a runtime puts them on the services' class path.
     */
    public SortedMap<String, byte[]> resources() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        Path base = dir.resolve("src");
        if (!Files.isDirectory(base)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(base)) {
            for (Path path : paths.filter(Files::isRegularFile).filter(path -> !path.toString().endsWith(".java")).toList()) {
                String name = dir.relativize(path).toString().replace('\\', '/');
                if (!manifest.editable().contains(name)) {
                    files.put(name, Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private SortedMap<String, String> javaFiles(String root) {
        SortedMap<String, String> files = new TreeMap<>();
        Path base = dir.resolve(root);
        if (!Files.isDirectory(base)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(base)) {
            paths.filter(path -> path.toString().endsWith(".java") && Files.isRegularFile(path))
                    .forEach(path -> files.put(dir.relativize(path).toString().replace('\\', '/'), read(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Checks the lab's files against its manifest; adds each problem, naming the file, to {@code problems}. */
    void checkFiles(String display, java.util.List<String> problems) {
        FixCaseReader.read(dir, display, manifest, problems);
        for (String doc : new String[] {"briefing.md", "writeup.md"}) {
            Path file = dir.resolve(doc);
            if (!Files.isRegularFile(file) || read(file).isBlank()) {
                problems.add(display + "/" + doc + ": is missing or empty");
            }
        }
        for (String path : manifest.editable()) {
            if (!Files.isRegularFile(dir.resolve(path))) {
                problems.add(display + "/lab.yaml: editable: '" + path + "' does not exist");
            }
        }
        manifest.services().forEach(service -> requireSource(display, "src", "services", service.className(), problems));
        manifest.checks().stream().filter(check -> !check.builtIn())
                .forEach(check -> requireSource(display, "checks", "checks", check.className(), problems));
        Path solution = dir.resolve("solution");
        try (Stream<Path> files = Files.isDirectory(solution) ? Files.walk(solution) : Stream.empty()) {
            var fixes = files.filter(Files::isRegularFile).map(file -> solution.relativize(file).toString().replace('\\', '/')).toList();
            if (fixes.isEmpty()) {
                problems.add(display + "/solution: must hold the fixed version of at least one editable file");
            }
            fixes.stream().filter(path -> !manifest.editable().contains(path))
                    .forEach(path -> problems.add(display + "/solution/" + path + ": is not one of the editable files " + manifest.editable()));
        } catch (IOException e) {
            problems.add(display + "/solution: cannot be read: " + e.getMessage());
        }
    }

    private void requireSource(String display, String root, String field, String className, java.util.List<String> problems) {
        if (!className.isEmpty() && !Files.isRegularFile(dir.resolve(sourcePath(root, className)))) {
            problems.add(display + "/lab.yaml: " + field + ": class " + className + " has no source at " + sourcePath(root, className));
        }
    }

    /** The manifest's fields a catalog listing shows, as plain values. */
    public Map<String, Object> summary() {
        return Map.of("id", id(), "title", manifest.title(), "tracks", manifest.tracks(),
                "difficulty", manifest.difficulty(), "cwe", manifest.cwe(), "runtime", manifest.runtime());
    }
}
