package dev.fixpoint.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The labs of a folder ({@code labs/<lab-id>/lab.yaml}), each validated. Labs with problems are left out
 * and their problems kept, so one broken lab does not hide the others.
 */
public final class LabCatalog {

    private final Map<String, Lab> labs;
    private final List<String> problems;

    private LabCatalog(Map<String, Lab> labs, List<String> problems) {
        this.labs = Collections.unmodifiableMap(labs);
        this.problems = List.copyOf(problems);
    }

    /** Loads every lab folder under {@code root}, in the order of their ids. */
    /**
     * Loads the labs of {@code root}; a lab whose runtime is not one of {@code runtimes} is left out with a problem that
     * names the runtimes there are.
     */
    public static LabCatalog load(Path root, java.util.Set<String> runtimes) {
        LabCatalog all = load(root);
        Map<String, Lab> labs = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>(all.problems);
        for (Lab lab : all.labs()) {
            if (runtimes.contains(lab.manifest().runtime())) {
                labs.put(lab.id(), lab);
            } else {
                problems.add("labs/" + lab.id() + "/lab.yaml: runtime: '" + lab.manifest().runtime()
                        + "' is not a runtime of this Fixpoint (it has " + new java.util.TreeSet<>(runtimes) + ")");
            }
        }
        return new LabCatalog(labs, problems);
    }

    /** Loads the labs of {@code root}, whatever runtime they name. */
    public static LabCatalog load(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no labs folder at " + root.toAbsolutePath());
        }
        Map<String, Lab> labs = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> children = Files.list(root)) {
            folders = children.filter(path -> Files.isRegularFile(path.resolve("lab.yaml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path folder : folders) {
            String display = "labs/" + folder.getFileName();
            try {
                LabManifest manifest = ManifestReader.read(folder.resolve("lab.yaml"), display + "/lab.yaml");
                List<String> labProblems = new ArrayList<>();
                if (!manifest.id().equals(folder.getFileName().toString())) {
                    labProblems.add(display + "/lab.yaml: id: '" + manifest.id() + "' must equal the folder's name '" + folder.getFileName() + "'");
                }
                Lab lab = new Lab(manifest, folder);
                lab.checkFiles(display, labProblems);
                if (labProblems.isEmpty()) {
                    labs.put(manifest.id(), lab);
                } else {
                    problems.addAll(labProblems);
                }
            } catch (LabFormatException e) {
                problems.addAll(e.problems());
            }
        }
        labs.values().forEach(lab -> lab.manifest().prerequisites().stream()
                .filter(id -> !labs.containsKey(id))
                .forEach(id -> problems.add("labs/" + lab.id() + "/lab.yaml: prerequisites: no lab '" + id + "'")));
        List<String> pathProblems = TrackPath.problems(labs.values().stream().map(Lab::manifest).toList());
        problems.addAll(pathProblems);
        // A lab whose prerequisites break the path is left out, as any lab with a problem is.
        pathProblems.forEach(problem -> labs.remove(problem.substring("labs/".length(), problem.indexOf('/', "labs/".length()))));
        return new LabCatalog(labs, problems);
    }

    public List<Lab> labs() {
        return List.copyOf(labs.values());
    }

    public Optional<Lab> find(String id) {
        return Optional.ofNullable(labs.get(id));
    }

    /** Problems of the labs that were left out, each naming the file and the field. */
    public List<String> problems() {
        return problems;
    }
}
