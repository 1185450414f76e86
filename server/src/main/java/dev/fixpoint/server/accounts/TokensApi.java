package dev.fixpoint.server.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The caller's own personal API tokens; another account's token is "not found". A token is created only by a
 * signed-in session, never with a token, and with the password entered lately (at sign-in, or as {@code currentPassword}).
 */
@RestController
@RequestMapping("/api/v1/tokens")
class TokensApi {

    /** @param expiresInDays how long the token works, 1 to the maximum; the default lifetime when absent */
    record NewToken(String name, Integer expiresInDays, String currentPassword) {

        /** Leaves the password out, should the request ever be logged. */
        @Override
        public String toString() {
            return "new token " + name;
        }
    }

    /** The created token's secret, returned this once. */
    record CreatedToken(String name, String token, OffsetDateTime expiresAt) {
    }

    private final ApiTokens tokens;
    private final PasswordConfirmation confirmation;

    TokensApi(ApiTokens tokens, PasswordConfirmation confirmation) {
        this.tokens = tokens;
        this.confirmation = confirmation;
    }

    @GetMapping
    List<ApiToken> list(Authentication authentication) {
        return tokens.list(CurrentAccount.of(authentication));
    }

    @PostMapping
    ResponseEntity<?> create(@RequestBody(required = false) NewToken body, Authentication authentication, HttpServletRequest request) {
        if (BearerTokenFilter.authenticated(request)) {
            return PasswordApi.problem(HttpStatus.FORBIDDEN, "A token cannot create tokens: sign in and create one on the Account page.");
        }
        NewToken asked = body == null ? new NewToken(null, null, null) : body;
        Account account = CurrentAccount.of(authentication);
        if (!confirmation.isRecent(request)) {
            if (asked.currentPassword() == null || asked.currentPassword().isEmpty()) {
                return PasswordApi.problem(HttpStatus.FORBIDDEN, "Send your current password as currentPassword: you signed in more than "
                        + confirmation.window().toMinutes() + " minutes ago.");
            }
            PasswordConfirmation.Outcome confirmed = confirmation.confirm(account, asked.currentPassword(), request);
            if (confirmed == PasswordConfirmation.Outcome.SLOWED) {
                return PasswordApi.problem(HttpStatus.TOO_MANY_REQUESTS, PasswordConfirmation.refusal(confirmed));
            }
            if (confirmed == PasswordConfirmation.Outcome.WRONG) {
                return PasswordApi.problem(HttpStatus.FORBIDDEN, "The current password (currentPassword) is wrong.");
            }
        }
        ApiTokens.Created created = tokens.create(account, asked.name(), asked.expiresInDays());
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedToken(asked.name().strip(), created.secret(), created.expiresAt()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id, Authentication authentication) {
        if (!tokens.revoke(CurrentAccount.of(authentication), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such token");
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
