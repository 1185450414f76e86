package dev.fixpoint.server.accounts;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs to know about the signed-in user. */
@ControllerAdvice
class NavigationModel {

    /** Whether a person is signed in: an error page can be shown to anyone, and shows the navigation only to them. */
    @ModelAttribute("signedIn")
    boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof AccountDetails;
    }

    @ModelAttribute("isLead")
    boolean isLead(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof AccountDetails details
                && (details.account().role() == Role.LEAD || details.account().role() == Role.ADMIN);
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof AccountDetails details
                && details.account().role() == Role.ADMIN;
    }
}
