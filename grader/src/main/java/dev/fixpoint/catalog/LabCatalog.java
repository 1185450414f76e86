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

    /**
     * Loads the labs of {@code root}; a lab whose runtime is not one of {@code runtimes} is left out with a problem that
     * names the runtimes there are. Libraries are checked when the lab is graded.
     */
    public static LabCatalog load(Path root, java.util.Set<String> runtimes) {
        return select(load(root), runtimes, lab -> List.of());
    }

    /**
     * Loads the labs of {@code root}, leaving out with a problem each lab whose runtime is not a key of {@code runtimes},
     * or that names a library its runtime does not offer (the runtime's value).
     */
    public static LabCatalog load(Path root, Map<String, java.util.Set<String>> runtimes) {
        return select(load(root), runtimes.keySet(), lab -> {
            java.util.Set<String> offered = runtimes.get(lab.manifest().runtime());
            return lab.manifest().libraries().stream().filter(library -> !offered.contains(library))
                    .map(library -> "labs/" + lab.id() + "/lab.yaml: libraries: '" + library + "' is not a library of the "
                            + lab.manifest().runtime() + " runtime (it has " + new java.util.TreeSet<>(offered) + ")")
                    .toList();
        });
    }

    private static LabCatalog select(LabCatalog all, java.util.Set<String> runtimes, java.util.function.Function<Lab, List<String>> libraryCheck) {
        Map<String, Lab> labs = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>(all.problems);
        for (Lab lab : all.labs()) {
            if (!runtimes.contains(lab.manifest().runtime())) {
                problems.add("labs/" + lab.id() + "/lab.yaml: runtime: '" + lab.manifest().runtime()
                        + "' is not a runtime of this Fixpoint (it has " + new java.util.TreeSet<>(runtimes) + ")");
                continue;
            }
            List<String> libraryProblems = libraryCheck.apply(lab);
            if (libraryProblems.isEmpty()) {
                labs.put(lab.id(), lab);
            } else {
                problems.addAll(libraryProblems);
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
