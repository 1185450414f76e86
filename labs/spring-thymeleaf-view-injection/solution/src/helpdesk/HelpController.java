package helpdesk;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;

/**
 * The help articles. Each article is a template under templates/help/; the topics a reader may ask for are listed
 * here with their view names, so that the request picks an entry and never writes any part of a view name. A new
 * article needs its line here as well as its template. The in-app help panel shows one section of an article.
 */
@Controller
public class HelpController {

    private static final Map<String, String> ARTICLES = Map.of(
            "getting-started", "help/getting-started",
            "billing", "help/billing",
            "two-factor", "help/two-factor",
            "api-v2", "help/api-v2",
            "vat-2025", "help/vat-2025");

    /** The sections the panel shows, as the fragment selectors of their views. */
    private static final Map<String, String> SECTIONS = Map.of(
            "summary", " :: summary",
            "steps", " :: steps");

    @GetMapping("/help")
    public String index() {
        return "help/index";
    }

    @GetMapping("/help/{topic}")
    public String article(@PathVariable String topic) {
        return view(topic);
    }

    @GetMapping("/help/widget")
    public String widget(@RequestParam String topic, @RequestParam(defaultValue = "summary") String section) {
        String fragment = SECTIONS.get(section);
        if (fragment == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return view(topic) + fragment;
    }

    private static String view(String topic) {
        String view = ARTICLES.get(topic);
        if (view == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return view;
    }
}
