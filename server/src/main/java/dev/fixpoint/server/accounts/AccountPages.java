package dev.fixpoint.server.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the first-run setup page. */
@Controller
class AccountPages {

    private final FirstRunSetup setup;
    private final InvitationService invitations;
    private final SessionSignIn signIn;

    AccountPages(FirstRunSetup setup, InvitationService invitations, SessionSignIn signIn) {
        this.setup = setup;
        this.invitations = invitations;
        this.signIn = signIn;
    }

    @GetMapping("/invite")
    String invitation(@RequestParam(required = false) String token, Model model) {
        var invitation = invitations.find(token);
        if (invitation.isEmpty()) {
            model.addAttribute("error", "This invitation is not valid: it was used, it expired, or the link is incomplete.");
            return "setup-invalid";
        }
        model.addAttribute("token", token);
        model.addAttribute("username", invitation.get().username());
        return "invite";
    }

    /**
     * Creates the invited account and signs its owner in, on to their start page. The name comes from the invitation;
     * a {@code username} the guest sends is ignored.
     */
    @PostMapping("/invite")
    String accept(@RequestParam String token, @RequestParam String password, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        String username = invitations.find(token).map(InvitationRepository.Invitation::username).orElse(null);
        return createAccount(() -> signIn.signIn(invitations.accept(token, password), request, response), "redirect:/?joined", "invite",
                token, username, model);
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/setup")
    String setupForm(@RequestParam(required = false) String token, Model model) {
        if (!setup.isValid(token)) {
            model.addAttribute("error", "This setup link is not valid. Restart Fixpoint with no accounts for a new one.");
            return "setup-invalid";
        }
        model.addAttribute("token", token);
        return "setup";
    }

    @PostMapping("/setup")
    String setup(@RequestParam String token, @RequestParam String username, @RequestParam String password, Model model) {
        return createAccount(() -> setup.complete(token, username, password), "redirect:/login?setup", "setup", token, username, model);
    }

    /**
     * Creates an account from a one-time link: on a bad name or password the form comes back with what is wrong
     * and what was typed; on a spent or expired link, the invalid-link page.
     */
    private static String createAccount(Runnable create, String done, String form, String token, String username, Model model) {
        try {
            create.run();
            return done;
        } catch (IllegalArgumentException e) {
            model.addAttribute("token", token);
            model.addAttribute("username", username);
            model.addAttribute("error", e.getMessage());
            return form;
        } catch (IllegalStateException e) {
            model.addAttribute("error", e.getMessage());
            return "setup-invalid";
        }
    }
}
