package dev.fixpoint.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds labs by what a learner types: a CWE id ({@code CWE-89}, {@code 89}, or a parent such as {@code CWE-74}),
 * a common name ({@code sqli}, {@code xss}, {@code idor}: data/aliases.csv), a CWE title or an OWASP category's
 * code or title ({@code A01:2021}, {@code access control}), or words of a lab's title and summary. The names come
 * from the bundled CWE and OWASP data, so that a new lab is found by its taxonomy without anyone listing synonyms.
 */
public final class LabSearch {

    private static final Pattern CWE_ID = Pattern.compile("(?:cwe[-\\s]?)?(\\d{1,5})");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}:]+");

    private static final LabSearch BUNDLED = new LabSearch(Taxonomy.get(), CweCatalog.bundled());

    private final Taxonomy taxonomy;
    private final CweCatalog cwes;

    private LabSearch(Taxonomy taxonomy, CweCatalog cwes) {
        this.taxonomy = taxonomy;
        this.cwes = cwes;
    }

    /** The search over the CWE list, OWASP mappings and aliases bundled with Fixpoint. */
    public static LabSearch bundled() {
        return BUNDLED;
    }

    /**
     * The labs the query finds, in the order given. A CWE id finds the labs of that weakness or of one below it;
     * other text finds the labs whose description holds it as a phrase or, when no lab does, holds every word of it.
     * A blank query finds every lab.
     */
    public List<LabManifest> search(Collection<LabManifest> labs, String query) {
        String phrase = normalize(query == null ? "" : query);
        if (phrase.isEmpty()) {
            return List.copyOf(labs);
        }
        Matcher id = CWE_ID.matcher(phrase);
        if (id.matches()) {
            int cwe = Integer.parseInt(id.group(1));
            return labs.stream().filter(lab -> teaches(lab, cwe)).toList();
        }
        List<LabManifest> byPhrase = labs.stream().filter(lab -> description(lab).contains(" " + phrase)).toList();
        if (!byPhrase.isEmpty()) {
            return byPhrase;
        }
        List<String> words = List.of(phrase.split(" "));
        return labs.stream().filter(lab -> words.stream().allMatch(word -> description(lab).contains(" " + word))).toList();
    }

    /**
     * The title of an OWASP category written with its edition, such as "Injection" for {@code A03:2021} and "Broken
     * Object Level Authorization" for {@code API1:2023}; empty for an unknown category.
     */
    public Optional<String> owaspTitle(String categoryWithEdition) {
        return Optional.ofNullable(taxonomy.owaspTitle(categoryWithEdition));
    }

    /** Whether the lab teaches the weakness {@code cwe} or one of its children in the CWE list's research view. */
    private boolean teaches(LabManifest lab, int cwe) {
        return lab.cwe().stream().anyMatch(own -> own == cwe || cwes.ancestors(own).stream().anyMatch(parent -> parent.id() == cwe));
    }

    /**
     * Everything a lab is found by, normalized, each word preceded by a space so that a query matches at word starts
     * ("inject" finds "injection", "ion" does not).
     */
    private String description(LabManifest lab) {
        List<String> parts = new ArrayList<>(List.of(lab.id(), lab.title(), lab.summary()));
        parts.addAll(lab.tracks());
        for (int id : lab.cwe()) {
            parts.add("CWE-" + id);
            cwes.find(id).ifPresent(cwe -> parts.add(cwe.title()));
        }
        for (String category : categories(lab)) {
            parts.add(category);
            owaspTitle(category).ifPresent(parts::add);
        }
        for (Map.Entry<String, List<Integer>> alias : taxonomy.aliases().entrySet()) {
            if (alias.getValue().stream().anyMatch(lab.cwe()::contains)) {
                parts.add(alias.getKey());
            }
        }
        return " " + normalize(String.join(" | ", parts));
    }

    /** The lab's OWASP categories with their editions: A03:2021, A05:2025, API1:2023. */
    public static List<String> categories(LabManifest lab) {
        List<String> categories = new ArrayList<>();
        lab.owasp2021().forEach(category -> categories.add(category + ":2021"));
        lab.owasp2025().forEach(category -> categories.add(category + ":2025"));
        lab.api2023().forEach(category -> categories.add(category + ":2023"));
        return categories;
    }

    /** Lower case, with punctuation (hyphens, quotes, parentheses) turned into single spaces. */
    private static String normalize(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
