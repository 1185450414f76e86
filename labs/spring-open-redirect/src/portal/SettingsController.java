package portal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.security.Principal;

/**
 * The customer's settings. Pages link here with ?returnTo= their own address, and saving the form sends the customer
 * back to that page.
 */
@Controller
public class SettingsController {

    private final JdbcTemplate jdbc;

    public SettingsController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/settings")
    public String form(@RequestParam(required = false) String returnTo, Principal customer, Model model) {
        model.addAttribute("settings", jdbc.queryForMap(
                "SELECT display_name, newsletter FROM customer_settings WHERE username = ?", customer.getName()));
        model.addAttribute("returnTo", returnTo);
        return "settings";
    }

    @PostMapping("/settings")
    public String save(@RequestParam String displayName, @RequestParam(defaultValue = "false") boolean newsletter,
                       @RequestParam(required = false) String returnTo, Principal customer) {
        jdbc.update("UPDATE customer_settings SET display_name = ?, newsletter = ? WHERE username = ?",
                displayName, newsletter, customer.getName());
        return "redirect:" + ReturnTo.orHome(returnTo);
    }
}
