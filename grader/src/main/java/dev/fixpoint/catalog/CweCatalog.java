package dev.fixpoint.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The weaknesses of the CWE 4.20 list that ships with Fixpoint: titles and parents in the Research view (CWE-1000). */
public final class CweCatalog {

    private static final CweCatalog BUNDLED = new CweCatalog(Taxonomy.get());

    private final Taxonomy taxonomy;

    private CweCatalog(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * One weakness.
     *
     * @param id     the CWE number, such as 89
     * @param title  its name in the CWE list
     * @param parent the number of its primary parent in view 1000, 0 for a pillar
     */
    public record Cwe(int id, String title, int parent) {
    }

    /** The CWE list bundled with Fixpoint. */
    public static CweCatalog bundled() {
        return BUNDLED;
    }

    /** The weakness {@code id}; empty when the list has no such weakness (a category, a view, or a made-up id). */
    public Optional<Cwe> find(int id) {
        return Optional.ofNullable(taxonomy.cwe(id));
    }

    /** The parents of {@code id} in view 1000, nearest first, up to its pillar; empty for an unknown id. */
    public List<Cwe> ancestors(int id) {
        List<Cwe> chain = new ArrayList<>();
        Set<Integer> seen = new HashSet<>(Set.of(id));
        Cwe current = taxonomy.cwe(id);
        // The seen set guards against a cycle in the data file, which would otherwise loop forever.
        while (current != null && current.parent() != 0 && seen.add(current.parent())) {
            current = taxonomy.cwe(current.parent());
            if (current != null) {
                chain.add(current);
            }
        }
        return chain;
    }
}
