package dev.fixpoint.server.labs;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** The catalog as JSON: what a lab is about, never its checks or its solution. */
@RestController
@RequestMapping("/api/v1/labs")
class CatalogApi {

    /** A lab as the catalog describes it. */
    record LabSummary(String id, String title, String summary, String runtime, List<String> tracks, int difficulty, List<Integer> cwe,
                      List<String> owasp2021, List<String> owasp2025, List<String> api2023, int minutes, List<String> prerequisites,
                      List<String> editable) {

        static LabSummary of(LabManifest lab) {
            return new LabSummary(lab.id(), lab.title(), lab.summary(), lab.runtime(), lab.tracks(), lab.difficulty(), lab.cwe(),
                    lab.owasp2021(), lab.owasp2025(), lab.api2023(), lab.minutes(), lab.prerequisites(), lab.editable());
        }
    }

    /** A lab with its briefing (Markdown). */
    record LabDetail(LabSummary lab, String briefing) {
    }

    private final LabLibrary library;

    CatalogApi(LabLibrary library) {
        this.library = library;
    }

    /** The labs in the catalog's order (track, difficulty, title), narrowed by any of the filters and search text. */
    @GetMapping
    List<LabSummary> labs(@RequestParam(required = false) String track, @RequestParam(required = false) String owasp,
                          @RequestParam(required = false) Integer cwe, @RequestParam(required = false) Integer difficulty,
                          @RequestParam(required = false) String runtime, @RequestParam(required = false) String q) {
        CatalogFilter filter = new CatalogFilter(track, owasp, cwe, difficulty, runtime, q);
        return filter.apply(library.labs().stream().map(Lab::manifest).toList()).stream().map(LabSummary::of).toList();
    }

    @GetMapping("/{id}")
    LabDetail lab(@PathVariable String id) {
        return library.find(id).map(lab -> new LabDetail(LabSummary.of(lab.manifest()), lab.briefing()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such lab"));
    }
}
