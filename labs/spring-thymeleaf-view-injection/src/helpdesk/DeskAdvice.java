package helpdesk;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's template can use: the desk's settings, and whether the reader is one of the support staff. */
@ControllerAdvice
public class DeskAdvice {

    private final SupportDesk desk;

    public DeskAdvice(SupportDesk desk) {
        this.desk = desk;
    }

    @ModelAttribute("desk")
    SupportDesk desk() {
        return desk;
    }

    @ModelAttribute("staff")
    boolean staff(HttpServletRequest request) {
        return request.isUserInRole("STAFF");
    }
}
