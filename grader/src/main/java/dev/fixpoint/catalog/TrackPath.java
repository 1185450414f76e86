package dev.fixpoint.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A track's labs as a path: by level (the labs' difficulty, 1 to 5), each lab after its prerequisites, so that a learner
 * goes from basic patterns to multi-step chains. The catalog refuses prerequisites that are harder than the lab or that
 * go round in a circle ({@link #problems}), so this order always exists.
 *
 * @param track  the track's name, as labs give it under {@code tracks:}
 * @param levels difficulty to the track's labs of that difficulty, each after its prerequisites of the same level
 */
public record TrackPath(String track, Map<Integer, List<LabManifest>> levels) {

    /** What each level of a path asks of a learner. */
    private static final Map<Integer, String> LEVELS = Map.of(
            1, "Basic patterns", 2, "Common flaws in everyday code", 3, "Trust boundaries and subtle variants",
            4, "Across services", 5, "Multi-step chains");

    public TrackPath {
        levels = java.util.Collections.unmodifiableMap(new TreeMap<>(levels));
    }

    /** The path of {@code track} through {@code labs} (those not on the track are left out). */
    public static TrackPath of(String track, Collection<LabManifest> labs) {
        Map<String, LabManifest> byId = new LinkedHashMap<>();
        labs.stream().filter(lab -> lab.tracks().contains(track))
                .sorted(Comparator.comparingInt(LabManifest::difficulty).thenComparing(LabManifest::id))
                .forEach(lab -> byId.put(lab.id(), lab));
        List<LabManifest> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        byId.values().forEach(lab -> place(lab, byId, placed, ordered, new HashSet<>()));
        Map<Integer, List<LabManifest>> levels = new TreeMap<>();
        ordered.forEach(lab -> levels.computeIfAbsent(lab.difficulty(), level -> new ArrayList<>()).add(lab));
        levels.replaceAll((level, manifests) -> List.copyOf(manifests));
        return new TrackPath(track, levels);
    }

    /** Adds {@code lab} after its prerequisites on this track (depth first; a circle is cut where it closes). */
    private static void place(LabManifest lab, Map<String, LabManifest> byId, Set<String> placed, List<LabManifest> ordered, Set<String> visiting) {
        if (placed.contains(lab.id()) || !visiting.add(lab.id())) {
            return;
        }
        lab.prerequisites().stream().map(byId::get).filter(java.util.Objects::nonNull)
                .forEach(prerequisite -> place(prerequisite, byId, placed, ordered, visiting));
        placed.add(lab.id());
        ordered.add(lab);
    }

    /** What a level asks of a learner, such as "Basic patterns" for level 1. */
    public static String levelName(int level) {
        return LEVELS.getOrDefault(level, "Level " + level);
    }

    /** Every lab of the path in its order. */
    public List<LabManifest> labs() {
        return levels.values().stream().flatMap(List::stream).toList();
    }

    /** The first lab of the path not yet solved whose prerequisites are all solved; empty when every lab is. */
    public Optional<LabManifest> next(Set<String> solved) {
        return labs().stream().filter(lab -> !solved.contains(lab.id()))
                .filter(lab -> solved.containsAll(lab.prerequisites())).findFirst();
    }

    /**
     * What keeps labs' prerequisites from forming a path: a prerequisite harder than the lab that needs it, or a circle
     * of prerequisites. Each problem names the lab file and the field.
     */
    public static List<String> problems(Collection<LabManifest> labs) {
        Map<String, LabManifest> byId = new LinkedHashMap<>();
        labs.forEach(lab -> byId.put(lab.id(), lab));
        List<String> problems = new ArrayList<>();
        for (LabManifest lab : byId.values()) {
            for (String id : lab.prerequisites()) {
                LabManifest prerequisite = byId.get(id);
                if (prerequisite != null && prerequisite.difficulty() > lab.difficulty()) {
                    problems.add("labs/" + lab.id() + "/lab.yaml: prerequisites: '" + id + "' is harder (difficulty "
                            + prerequisite.difficulty() + ") than this lab (" + lab.difficulty() + "); a path goes from easier to harder");
                }
            }
            if (reaches(lab.id(), lab, byId, new HashSet<>())) {
                problems.add("labs/" + lab.id() + "/lab.yaml: prerequisites: lead back to " + lab.id() + " itself");
            }
        }
        return problems;
    }

    private static boolean reaches(String target, LabManifest from, Map<String, LabManifest> byId, Set<String> seen) {
        for (String id : from.prerequisites()) {
            if (id.equals(target)) {
                return true;
            }
            LabManifest next = byId.get(id);
            if (next != null && seen.add(id) && reaches(target, next, byId, seen)) {
                return true;
            }
        }
        return false;
    }
}
