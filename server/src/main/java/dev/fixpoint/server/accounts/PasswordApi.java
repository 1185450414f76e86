package dev.fixpoint.server.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller changes their own password, as on the Account page: in a session only, never with a token, which
 * must not be enough to take the account over.
 */
@RestController
class PasswordApi {

    /** @param revokeTokens whether every API token of the account is revoked too; no when absent */
    record NewPassword(String currentPassword, String newPassword, Boolean revokeTokens) {

        /** Leaves the passwords out, should the request ever be logged. */
        @Override
        public String toString() {
            return "password change";
        }
    }

    record Changed(int sessionsEnded, int tokensRevoked) {
    }

    private final PasswordChange passwordChange;

    PasswordApi(PasswordChange passwordChange) {
        this.passwordChange = passwordChange;
    }

    @PostMapping("/api/v1/me/password")
    ResponseEntity<?> change(@RequestBody(required = false) NewPassword body, Authentication authentication, HttpServletRequest request) {
        if (BearerTokenFilter.authenticated(request)) {
            return problem(HttpStatus.FORBIDDEN, "A token cannot change the password: sign in and change it on the Account page.");
        }
        NewPassword asked = body == null ? new NewPassword(null, null, null) : body;
        return switch (passwordChange.change(CurrentAccount.of(authentication), asked.currentPassword(), asked.newPassword(),
                Boolean.TRUE.equals(asked.revokeTokens()), request)) {
            case PasswordChange.Changed changed -> ResponseEntity.ok(new Changed(changed.sessionsEnded(), changed.tokensRevoked()));
            case PasswordChange.Refused refused when refused.outcome() == PasswordConfirmation.Outcome.SLOWED ->
                    problem(HttpStatus.TOO_MANY_REQUESTS, refused.reason());
            case PasswordChange.Refused refused when refused.outcome() == PasswordConfirmation.Outcome.WRONG ->
                    problem(HttpStatus.FORBIDDEN, "The current password (currentPassword) is wrong.");
            case PasswordChange.Refused refused -> problem(HttpStatus.BAD_REQUEST, refused.reason());
        };
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
