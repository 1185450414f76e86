package shop;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The "my account" page of the web shop: the profile form, filled in with what is stored. */
@Controller
public class ProfilePage {

    private final Accounts accounts;

    public ProfilePage(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The stored account: the form shows it, and a posted form is bound onto it. */
    @ModelAttribute("account")
    Account account(@AuthenticationPrincipal UserDetails user) {
        return accounts.findByUsername(user.getUsername()).orElseThrow();
    }

    /** The profile form may change these properties of the stored Account and no other. */
    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("displayName", "email", "address.street", "address.city", "address.postcode", "newsletter");
    }

    @GetMapping("/account")
    String form() {
        return "account";
    }

    @PostMapping("/account")
    String save(@ModelAttribute("account") Account account) {
        accounts.save(account);
        return "redirect:/account?saved";
    }
}
