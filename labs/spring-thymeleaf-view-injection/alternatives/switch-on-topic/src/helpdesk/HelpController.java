package helpdesk;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The help articles: a switch turns each known topic and section into its fixed view name. */
@Controller
public class HelpController {

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
        String view = view(topic);
        return switch (section) {
            case "summary" -> view + " :: summary";
            case "steps" -> view + " :: steps";
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    private static String view(String topic) {
        return switch (topic) {
            case "getting-started" -> "help/getting-started";
            case "billing" -> "help/billing";
            case "two-factor" -> "help/two-factor";
            case "api-v2" -> "help/api-v2";
            case "vat-2025" -> "help/vat-2025";
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }
}
