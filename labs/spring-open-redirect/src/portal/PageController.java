package portal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.security.Principal;
import java.util.List;
import java.util.stream.IntStream;

/** The portal's pages: sign-in, home and the customer's orders. */
@Controller
public class PageController {

    private final JdbcTemplate jdbc;

    public PageController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/login")
    public String login(@RequestParam(name = "continue", required = false) String next, Model model) {
        model.addAttribute("next", next);
        return "login";
    }

    @GetMapping("/home")
    public String home(Principal customer, Model model) {
        model.addAttribute("name", jdbc.queryForObject(
                "SELECT display_name FROM customer_settings WHERE username = ?", String.class, customer.getName()));
        return "home";
    }

    @GetMapping("/orders")
    public String orders(@RequestParam(defaultValue = "1") int page, Model model) {
        int first = 1000 + Math.max(page - 1, 0) * 5;
        List<Integer> orders = IntStream.range(first, first + 5).boxed().toList();
        model.addAttribute("page", page);
        model.addAttribute("orders", orders);
        return "orders";
    }

    @GetMapping("/orders/{id}")
    public String order(@PathVariable int id, Model model) {
        model.addAttribute("page", 1);
        model.addAttribute("orders", List.of(id));
        return "orders";
    }
}
