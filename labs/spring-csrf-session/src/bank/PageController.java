package bank;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.security.Principal;

/** The online banking pages and their forms. */
@Controller
public class PageController {

    private final Accounts accounts;

    PageController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String dashboard(Principal member, Model model) {
        model.addAttribute("account", accounts.account(member.getName()));
        model.addAttribute("payees", accounts.payees(member.getName()));
        model.addAttribute("transfers", accounts.transfers(member.getName()));
        return "dashboard";
    }

    @PostMapping("/profile/email")
    String changeEmail(@RequestParam String email, Principal member) {
        accounts.changeEmail(member.getName(), email.strip());
        return "redirect:/?saved";
    }

    @GetMapping("/payees")
    String payees(Principal member, Model model) {
        model.addAttribute("payees", accounts.payees(member.getName()));
        return "payees";
    }

    @PostMapping("/payees")
    String addPayee(@RequestParam String name, @RequestParam String iban, Principal member) {
        accounts.addPayee(member.getName(), name.strip(), iban.strip());
        return "redirect:/payees?added";
    }
}
