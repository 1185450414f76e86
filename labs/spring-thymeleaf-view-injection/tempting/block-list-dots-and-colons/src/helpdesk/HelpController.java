package helpdesk;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The help articles, with the request's text checked for the characters of a traversal or an expression. */
@Controller
public class HelpController {

    @GetMapping("/help")
    public String index() {
        return "help/index";
    }

    @GetMapping("/help/{topic}")
    public String article(@PathVariable String topic) {
        return "help/" + checked(topic);
    }

    @GetMapping("/help/widget")
    public String widget(@RequestParam String topic, @RequestParam(defaultValue = "summary") String section) {
        return "help/" + checked(topic) + " :: " + checked(section);
    }

    /** No parent folders, no fragment selectors, no preprocessing, no expressions. */
    private static String checked(String value) {
        for (String forbidden : new String[] {"..", "::", "__", "${", "*{", "#{", "@{", "~{"}) {
            if (value.contains(forbidden)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        return value;
    }
}
