package helpdesk;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The help articles: a topic must be a slug (lower-case letters and digits joined by single hyphens), which cannot
 * leave the help folder or select a fragment, and the panel shows only the sections every article declares.
 */
@Controller
public class HelpController {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> SECTIONS = Set.of("summary", "steps");

    @GetMapping("/help")
    public String index() {
        return "help/index";
    }

    @GetMapping("/help/{topic}")
    public String article(@PathVariable String topic) {
        return "help/" + slug(topic);
    }

    @GetMapping("/help/widget")
    public String widget(@RequestParam String topic, @RequestParam(defaultValue = "summary") String section) {
        if (!SECTIONS.contains(section)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "help/" + slug(topic) + " :: " + section;
    }

    private static String slug(String topic) {
        if (!SLUG.matcher(topic).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return topic;
    }
}
