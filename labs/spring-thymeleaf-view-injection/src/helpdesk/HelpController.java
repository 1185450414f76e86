package helpdesk;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The help articles. Each article is a template under templates/help/, so that the writers add an article by adding
 * a file: /help/billing shows help/billing.html. The in-app help panel loads one section of an article (its summary
 * or its steps) from /help/widget, and each article marks its sections as fragments.
 */
@Controller
public class HelpController {

    @GetMapping("/help")
    public String index() {
        return "help/index";
    }

    @GetMapping("/help/{topic}")
    public String article(@PathVariable String topic) {
        return "help/" + topic;
    }

    @GetMapping("/help/widget")
    public String widget(@RequestParam String topic, @RequestParam(defaultValue = "summary") String section) {
        return "help/" + topic + " :: " + section;
    }
}
