package dev.fixpoint.server.labs;

import dev.fixpoint.catalog.LabManifest;
import dev.fixpoint.catalog.LabSearch;

import java.util.Comparator;
import java.util.List;

/**
 * What a learner narrows the catalog to: any of track, OWASP category, CWE, difficulty and runtime, and search text
 * (see {@link LabSearch}). Blank or null values do not narrow. The same filter serves the page and the API.
 *
 * @param owasp a category with its edition ({@code A03:2021}, {@code API1:2023}), or without it to match every edition
 */
public record CatalogFilter(String track, String owasp, Integer cwe, Integer difficulty, String runtime, String q) {

    /** The catalog's order: by first track, then easiest first, then by title. */
    public static final Comparator<LabManifest> ORDER = Comparator.<LabManifest, String>comparing(lab -> lab.tracks().isEmpty() ? "" : lab.tracks().getFirst())
            .thenComparingInt(LabManifest::difficulty).thenComparing(LabManifest::title);

    /** The labs this filter keeps, in the catalog's order. */
    public List<LabManifest> apply(List<LabManifest> labs) {
        List<LabManifest> kept = labs.stream()
                .filter(lab -> blank(track) || lab.tracks().contains(track))
                .filter(lab -> blank(owasp) || LabSearch.categories(lab).stream()
                        .anyMatch(category -> category.equals(owasp) || category.startsWith(owasp + ":")))
                .filter(lab -> cwe == null || lab.cwe().contains(cwe))
                .filter(lab -> difficulty == null || lab.difficulty() == difficulty)
                .filter(lab -> blank(runtime) || lab.runtime().equals(runtime))
                .toList();
        return LabSearch.bundled().search(kept, q).stream().sorted(ORDER).toList();
    }

    /** Whether any value narrows the catalog, so that the page offers to clear them. */
    public boolean narrows() {
        return !blank(track) || !blank(owasp) || cwe != null || difficulty != null || !blank(runtime) || !blank(q);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
