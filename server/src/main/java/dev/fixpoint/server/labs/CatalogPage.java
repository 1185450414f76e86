package dev.fixpoint.server.labs;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The catalog of labs. */
@Controller
class CatalogPage {

    private final LabLibrary library;

    CatalogPage(LabLibrary library) {
        this.library = library;
    }

    @GetMapping({"/", "/labs"})
    String catalog(Model model) {
        model.addAttribute("labs", library.labs().stream().map(lab -> lab.manifest()).toList());
        return "labs";
    }
}
