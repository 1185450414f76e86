package helpdesk;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The support staff's console (only staff reach /staff/**, see SecurityConfig). */
@Controller
public class StaffController {

    @GetMapping("/staff/console")
    public String console() {
        return "staff/console";
    }
}
