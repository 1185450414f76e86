package dev.fixpoint.catalog;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a lab's {@code tempting/} and {@code alternatives/} folders strictly: every problem is reported naming the file
 * and field, so that a case that is not what its author meant never passes silently.
 */
final class FixCaseReader {

    static final String CASE_FILE = "case.yaml";

    private FixCaseReader() {
    }

    /** Every case of the lab, by kind and name; adds problems (naming {@code display}'s files) instead of failing on the first. */
    static List<FixCase> read(Path labDir, String display, LabManifest manifest, List<String> problems) {
        List<FixCase> cases = new ArrayList<>();
        for (FixCase.Kind kind : FixCase.Kind.values()) {
            Path folder = labDir.resolve(kind.folder());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                for (Path dir : entries.sorted().toList()) {
                    String where = display + "/" + kind.folder() + "/" + dir.getFileName();
                    if (!Files.isDirectory(dir)) {
                        problems.add(where + ": must be a folder holding " + CASE_FILE + " and the fixed files");
                        continue;
                    }
                    FixCase read = readCase(dir, where, kind, manifest, problems);
                    if (read != null) {
                        cases.add(read);
                    }
                }
            } catch (IOException e) {
                problems.add(display + "/" + kind.folder() + ": cannot be read: " + e.getMessage());
            }
        }
        return cases;
    }

    private static FixCase readCase(Path dir, String where, FixCase.Kind kind, LabManifest manifest, List<String> problems) {
        int before = problems.size();
        Map<?, ?> document = document(dir.resolve(CASE_FILE), where + "/" + CASE_FILE, problems);
        if (document == null) {
            return null;
        }
        List<String> fieldProblems = new ArrayList<>();
        YamlNode node = new YamlNode(document, "", fieldProblems);
        String why = node.string("why", true);
        FixCase.Expected expected = FixCase.Expected.SECURE;
        List<String> caughtBy = List.of();
        if (kind == FixCase.Kind.TEMPTING) {
            expected = node.enumValue("verdict", FixCase.Expected.class, null);
            if (expected == FixCase.Expected.SECURE) {
                node.problem("verdict", "a tempting fix must not be SECURE: say which verdict it gets (vulnerable or broken)");
            }
            caughtBy = node.strings("caught-by", false);
            List<String> checks = manifest.checks().stream().map(LabManifest.CheckSpec::name).toList();
            caughtBy.stream().filter(name -> !checks.contains(name))
                    .forEach(name -> node.problem("caught-by", "'" + name + "' is not a check of this lab " + checks));
        }
        node.rejectUnknownKeys();
        fieldProblems.forEach(problem -> problems.add(where + "/" + CASE_FILE + ": " + problem));
        SortedMap<String, String> files = files(dir, where, manifest, problems);
        if (files.isEmpty()) {
            problems.add(where + ": holds no fixed file (put the fixed versions of editable files at their paths, such as "
                    + manifest.editable().getFirst() + ")");
        }
        return problems.size() == before ? new FixCase(dir.getFileName().toString(), kind, expected, why, caughtBy, files) : null;
    }

    private static Map<?, ?> document(Path file, String display, List<String> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(display + ": is missing (it says why the fix is there" + ", and for a tempting fix the verdict it must get)");
            return null;
        }
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Object document = new Yaml(new SafeConstructor(options)).load(Files.readString(file));
            if (document instanceof Map<?, ?> map) {
                return map;
            }
            problems.add(display + ": must be a YAML mapping (why, and for a tempting fix verdict and caught-by)");
        } catch (IOException e) {
            problems.add(display + ": cannot be read: " + e.getMessage());
        } catch (YAMLException e) {
            problems.add(display + ": is not valid YAML: " + e.getMessage().replace('\n', ' '));
        }
        return null;
    }

    private static SortedMap<String, String> files(Path dir, String where, LabManifest manifest, List<String> problems) {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String path = dir.relativize(file).toString().replace('\\', '/');
                if (path.equals(CASE_FILE)) {
                    continue;
                }
                if (!manifest.editable().contains(path)) {
                    problems.add(where + "/" + path + ": is not one of the editable files " + manifest.editable());
                    continue;
                }
                files.put(path, Files.readString(file));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(where + ": cannot be read: " + e.getMessage());
        }
        return files;
    }
}
