package helpdesk;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.nio.file.Path;

/** The help articles; the view's path is normalised and must stay in the help folder. */
@Controller
public class HelpController {

    private static final Path HELP = Path.of("help");

    @GetMapping("/help")
    public String index() {
        return "help/index";
    }

    @GetMapping("/help/{topic}")
    public String article(@PathVariable String topic) {
        return inHelp(topic);
    }

    @GetMapping("/help/widget")
    public String widget(@RequestParam String topic, @RequestParam(defaultValue = "summary") String section) {
        return inHelp(topic) + " :: " + section;
    }

    private static String inHelp(String topic) {
        Path view = HELP.resolve(topic).normalize();
        if (!view.startsWith(HELP)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return view.toString();
    }
}
