package portal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** "Forgot your password?": e-mails a one-time link, and answers the same whether or not the account exists. */
@RestController
public class PasswordResetController {

    private final PasswordResets resets;
    private final AuditLog audit;

    PasswordResetController(PasswordResets resets, AuditLog audit) {
        this.resets = resets;
        this.audit = audit;
    }

    @PostMapping("/password-reset")
    ResponseEntity<Map<String, String>> requestReset(@RequestParam String username, HttpServletRequest request) {
        resets.start(username).ifPresentOrElse(
                // The reference, never the link: its token lets whoever reads the trail set the customer's password.
                reset -> audit.record("PASSWORD_RESET_REQUESTED", "user", username, "reset", reset.reference(),
                        "ip", request.getRemoteAddr()),
                () -> audit.record("PASSWORD_RESET_UNKNOWN_USER", "user", username, "ip", request.getRemoteAddr()));
        return ResponseEntity.accepted().body(Map.of("message", "If the account exists, we have e-mailed a link to reset its password."));
    }
}
