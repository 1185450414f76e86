package dev.fixpoint.server.workspace;

import dev.fixpoint.catalog.CweCatalog;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest;
import dev.fixpoint.catalog.LabSearch;
import dev.fixpoint.server.accounts.CurrentAccount;
import dev.fixpoint.server.labs.CatalogFilter;
import dev.fixpoint.server.labs.LabLibrary;
import dev.fixpoint.server.submissions.LabProgress;
import dev.fixpoint.server.submissions.Submissions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The catalog of labs, with the learner's progress on each. Its filters offer only the values some lab has; here
 * rather than in the labs module because the progress marks come from the learner's submissions.
 */
@Controller
class CatalogPage {

    /** A choice of a filter: the value sent and what the learner reads. */
    record Option(String value, String label) {
    }

    /** A lab as the catalog lists it; {@code progress} is "solved", "in progress" (attempted) or null. */
    record Row(LabManifest lab, String progress) {
    }

    private final LabLibrary library;
    private final Submissions submissions;

    CatalogPage(LabLibrary library, Submissions submissions) {
        this.library = library;
        this.submissions = submissions;
    }

    /** The catalog, filtered by any of track, OWASP category, CWE, difficulty and runtime, and by search text. */
    @GetMapping("/labs")
    String catalog(@RequestParam(required = false) String track, @RequestParam(required = false) String owasp,
                   @RequestParam(required = false) Integer cwe, @RequestParam(required = false) Integer difficulty,
                   @RequestParam(required = false) String runtime, @RequestParam(required = false) String q,
                   Authentication authentication, Model model) {
        List<LabManifest> all = library.labs().stream().map(Lab::manifest).toList();
        CatalogFilter filter = new CatalogFilter(track, owasp, cwe, difficulty, runtime, q);
        Map<String, LabProgress> progress = submissions.progress(CurrentAccount.of(authentication));
        model.addAttribute("labs", filter.apply(all).stream().map(lab -> new Row(lab, progress(progress.get(lab.id())))).toList());
        model.addAttribute("tracks", all.stream().flatMap(lab -> lab.tracks().stream()).distinct().sorted().toList());
        model.addAttribute("owaspCategories", all.stream().flatMap(lab -> LabSearch.categories(lab).stream()).distinct()
                .sorted(Comparator.comparing((String category) -> category.substring(category.indexOf(':')))
                        .thenComparing(category -> category.startsWith("API") ? 1 : 0)
                        .thenComparing(category -> Integer.parseInt(category.replaceAll("\\D*(\\d+):.*", "$1"))))
                .map(category -> new Option(category, category + " " + LabSearch.bundled().owaspTitle(category).orElse(""))).toList());
        model.addAttribute("cwes", all.stream().flatMap(lab -> lab.cwe().stream()).distinct().sorted()
                .map(id -> new Option(String.valueOf(id), "CWE-" + id + " " + CweCatalog.bundled().find(id).map(CweCatalog.Cwe::title).orElse("")))
                .toList());
        model.addAttribute("difficulties", all.stream().map(LabManifest::difficulty).distinct().sorted().toList());
        model.addAttribute("runtimes", all.stream().map(LabManifest::runtime).distinct().sorted().toList());
        model.addAttribute("filter", filter);
        return "labs";
    }

    private static String progress(LabProgress progress) {
        if (progress == null) {
            return null;
        }
        return progress.solved() ? "solved" : "in progress";
    }
}
