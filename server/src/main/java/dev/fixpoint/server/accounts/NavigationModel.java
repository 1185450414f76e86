package dev.fixpoint.server.accounts;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs to know about the signed-in user. */
@ControllerAdvice
class NavigationModel {

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
