package dev.fixpoint.server.labs;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;

/** The catalog of labs. */
@Controller
class CatalogPage {

    private final LabLibrary library;

    CatalogPage(LabLibrary library) {
        this.library = library;
    }

    /** The catalog, filtered by any of track, OWASP category, CWE, difficulty and runtime, and by text. */
    @GetMapping("/labs")
    String catalog(@RequestParam(required = false) String track, @RequestParam(required = false) String owasp,
                   @RequestParam(required = false) Integer cwe, @RequestParam(required = false) Integer difficulty,
                   @RequestParam(required = false) String runtime, @RequestParam(required = false) String q, Model model) {
        List<LabManifest> all = library.labs().stream().map(Lab::manifest).toList();
        String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<LabManifest> shown = all.stream()
                .filter(lab -> blank(track) || lab.tracks().contains(track))
                .filter(lab -> blank(owasp) || lab.owasp2021().contains(owasp) || lab.owasp2025().contains(owasp) || lab.api2023().contains(owasp))
                .filter(lab -> cwe == null || lab.cwe().contains(cwe))
                .filter(lab -> difficulty == null || lab.difficulty() == difficulty)
                .filter(lab -> blank(runtime) || lab.runtime().equals(runtime))
                .filter(lab -> text.isEmpty() || (lab.title() + " " + lab.summary() + " " + lab.id()).toLowerCase(Locale.ROOT).contains(text))
                .toList();
        model.addAttribute("labs", shown);
        model.addAttribute("tracks", all.stream().flatMap(lab -> lab.tracks().stream()).distinct().sorted().toList());
        model.addAttribute("owaspCategories", all.stream().flatMap(lab -> java.util.stream.Stream.of(lab.owasp2021(), lab.owasp2025(), lab.api2023()))
                .flatMap(List::stream).distinct().sorted().toList());
        model.addAttribute("cwes", all.stream().flatMap(lab -> lab.cwe().stream()).distinct().sorted().toList());
        model.addAttribute("runtimes", all.stream().map(LabManifest::runtime).distinct().sorted().toList());
        model.addAttribute("filter", new Filter(track, owasp, cwe, difficulty, runtime, q));
        return "labs";
    }

    /** The filter as the learner set it, to show it back in the form. */
    record Filter(String track, String owasp, Integer cwe, Integer difficulty, String runtime, String q) {
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
