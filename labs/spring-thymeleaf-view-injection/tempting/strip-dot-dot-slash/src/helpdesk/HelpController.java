package helpdesk;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The help articles, with parent folders and fragment selectors removed from the topic. */
@Controller
public class HelpController {

    @GetMapping("/help")
    public String index() {
        return "help/index";
    }

    @GetMapping("/help/{topic}")
    public String article(@PathVariable String topic) {
        return "help/" + clean(topic);
    }

    @GetMapping("/help/widget")
    public String widget(@RequestParam String topic, @RequestParam(defaultValue = "summary") String section) {
        return "help/" + clean(topic) + " :: " + clean(section);
    }

    private static String clean(String value) {
        return value.replace("../", "").replace(" :: ", "");
    }
}
