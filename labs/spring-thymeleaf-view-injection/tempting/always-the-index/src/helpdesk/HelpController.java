package helpdesk;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The help articles, reduced to the index until the view names are sorted out. */
@Controller
public class HelpController {

    @GetMapping("/help")
    public String index() {
        return "help/index";
    }

    @GetMapping("/help/{topic}")
    public String article(@PathVariable String topic) {
        return "help/index";
    }

    @GetMapping("/help/widget")
    public String widget(@RequestParam String topic, @RequestParam(defaultValue = "summary") String section) {
        return "help/index";
    }
}
