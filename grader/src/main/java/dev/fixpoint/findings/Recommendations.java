package dev.fixpoint.findings;

import dev.fixpoint.catalog.CweCatalog;
import dev.fixpoint.catalog.CweCatalog.Cwe;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Which labs train the weaknesses that scanners found: findings grouped by CWE, each CWE mapped to the labs that name
 * it, else to the labs that name its nearest ancestor in CWE view 1000. Findings that no lab covers are curriculum gaps.
 *
 * @param recommendations one per CWE that a lab trains, the CWE with most findings first
 * @param gaps            one per CWE that no lab trains (and one for findings without a CWE), most findings first
 */
public record Recommendations(List<Recommendation> recommendations, List<Gap> gaps) {

    public Recommendations {
        recommendations = List.copyOf(recommendations);
        gaps = List.copyOf(gaps);
    }

    /** A lab to take, by id and title. */
    public record LabRef(String id, String title) {
    }

    /**
     * Labs that train a CWE the findings name.
     *
     * @param cwe      the CWE the findings name
     * @param title    its title, or "unknown CWE" when the bundled CWE list lacks it
     * @param trained  the CWE the labs name: {@code cwe} itself or its nearest ancestor that a lab names
     * @param labs     the labs naming {@code trained}, by id
     * @param reason   one line saying why these labs fit
     * @param findings the findings naming {@code cwe}, in input order
     */
    public record Recommendation(int cwe, String title, int trained, List<LabRef> labs, String reason,
                                 List<Finding> findings) {
        public Recommendation {
            labs = List.copyOf(labs);
            findings = List.copyOf(findings);
        }
    }

    /**
     * Findings that no lab trains.
     *
     * @param cwe      the CWE the findings name; empty for findings that name none
     * @param title    its title, "unknown CWE" when the bundled list lacks it, or "no CWE"
     * @param reason   one line saying why no lab fits
     * @param findings the findings, in input order
     */
    public record Gap(OptionalInt cwe, String title, String reason, List<Finding> findings) {
        public Gap {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Groups {@code findings} by CWE and maps each CWE to labs of {@code labs}. A finding naming several CWEs is listed
     * under each CWE a lab trains; it is a gap only when none of its CWEs is trained.
     */
    public static Recommendations of(List<Finding> findings, LabCatalog labs, CweCatalog cwes) {
        Map<Integer, List<LabRef>> labsByCwe = new TreeMap<>();
        // Easiest first: the lab a finding's author is assigned is the first, the entry point to the weakness.
        for (Lab lab : labs.labs().stream().sorted(Comparator.comparingInt((Lab lab) -> lab.manifest().difficulty()).thenComparing(Lab::id)).toList()) {
            lab.manifest().cwe().forEach(cwe -> labsByCwe.computeIfAbsent(cwe, key -> new ArrayList<>())
                    .add(new LabRef(lab.id(), lab.manifest().title())));
        }
        Map<Integer, List<Finding>> trained = new LinkedHashMap<>();
        Map<Integer, List<Finding>> untrained = new LinkedHashMap<>();
        List<Finding> noCwe = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.cwes().isEmpty()) {
                noCwe.add(finding);
                continue;
            }
            boolean covered = finding.cwes().stream().anyMatch(cwe -> trainedAs(cwe, labsByCwe, cwes) != 0);
            for (int cwe : finding.cwes()) {
                if (trainedAs(cwe, labsByCwe, cwes) != 0) {
                    trained.computeIfAbsent(cwe, key -> new ArrayList<>()).add(finding);
                } else if (!covered) {
                    untrained.computeIfAbsent(cwe, key -> new ArrayList<>()).add(finding);
                }
            }
        }
        List<Recommendation> recommendations = new ArrayList<>();
        trained.forEach((cwe, group) -> recommendations.add(recommendation(cwe, group, labsByCwe, cwes)));
        recommendations.sort(Comparator.comparing((Recommendation r) -> -r.findings().size()).thenComparing(Recommendation::cwe));
        List<Gap> gaps = new ArrayList<>();
        untrained.forEach((cwe, group) -> gaps.add(gap(cwe, group, cwes)));
        gaps.sort(Comparator.comparing((Gap g) -> -g.findings().size()).thenComparing(g -> g.cwe().getAsInt()));
        if (!noCwe.isEmpty()) {
            gaps.add(new Gap(OptionalInt.empty(), "no CWE",
                    "the scanner names no CWE for these rules, so no lab can be matched to them", noCwe));
        }
        return new Recommendations(recommendations, gaps);
    }

    /** The CWE whose labs train {@code cwe}: itself, else its nearest ancestor that a lab names; 0 when none. */
    private static int trainedAs(int cwe, Map<Integer, List<LabRef>> labsByCwe, CweCatalog cwes) {
        if (labsByCwe.containsKey(cwe)) {
            return cwe;
        }
        return cwes.ancestors(cwe).stream().map(Cwe::id).filter(labsByCwe::containsKey).findFirst().orElse(0);
    }

    private static Recommendation recommendation(int cwe, List<Finding> group, Map<Integer, List<LabRef>> labsByCwe,
                                                 CweCatalog cwes) {
        String title = title(cwe, cwes);
        int trained = trainedAs(cwe, labsByCwe, cwes);
        List<LabRef> refs = labsByCwe.get(trained);
        String trains = refs.size() == 1 ? "which this lab trains" : "which these labs train";
        String reason = trained == cwe
                ? "CWE-" + cwe + " (" + title + ") is what " + (refs.size() == 1 ? "this lab trains" : "these labs train")
                : "CWE-" + cwe + " (" + title + ") is a kind of CWE-" + trained + ", " + trains;
        return new Recommendation(cwe, title, trained, refs, reason, group);
    }

    private static Gap gap(int cwe, List<Finding> group, CweCatalog cwes) {
        String title = title(cwe, cwes);
        List<String> chain = cwes.ancestors(cwe).stream().map(parent -> "CWE-" + parent.id()).toList();
        String reason = cwes.find(cwe).isEmpty()
                ? "CWE-" + cwe + " is not a weakness in the bundled CWE 4.20 list, and no lab names it"
                : chain.isEmpty() ? "no lab trains CWE-" + cwe
                : "no lab trains CWE-" + cwe + " or its parents " + String.join(", ", chain);
        return new Gap(OptionalInt.of(cwe), title, reason, group);
    }

    private static String title(int cwe, CweCatalog cwes) {
        return cwes.find(cwe).map(Cwe::title).orElse("unknown CWE");
    }
}
