package dev.fixpoint.server.accounts;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: how the CLI checks a token at `fixpoint login`. */
@RestController
class MeApi {

    record Me(String username, Role role) {
    }

    @GetMapping("/api/v1/me")
    Me me(Authentication authentication) {
        Account account = CurrentAccount.of(authentication);
        return new Me(account.username(), account.role());
    }
}
