package portal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;
import java.util.Map;

/** The customer's home page, the reset link's target, and the operators' views of the audit trail and deliveries. */
@RestController
public class PortalController {

    private final AuditTrail trail;
    private final AuditLog audit;
    private final PasswordResets resets;

    PortalController(AuditTrail trail, AuditLog audit, PasswordResets resets) {
        this.trail = trail;
        this.audit = audit;
        this.resets = resets;
    }

    @GetMapping("/")
    Map<String, String> home(Principal customer) {
        return Map.of("signedInAs", customer.getName());
    }

    /** The reset link's form posts here with the token from the link and the new password. */
    @PostMapping("/password-reset/confirm")
    ResponseEntity<?> confirm(@RequestParam String token, @RequestParam String password) {
        return resets.complete(token, password).<ResponseEntity<?>>map(username -> {
                    audit.record("PASSWORD_RESET_COMPLETED", "user", username);
                    return ResponseEntity.noContent().build();
                })
                .orElseGet(() -> ResponseEntity.badRequest().body(Map.of("error", "the link is invalid or has expired")));
    }

    /** The audit trail as the log platform shows it to operators: one entry a line, the latest 500. */
    @GetMapping("/ops/audit")
    Map<String, List<String>> audit() {
        return Map.of("lines", trail.lastLines(500));
    }

    @GetMapping("/ops/deliveries")
    List<PasswordResets.Delivery> deliveries() {
        return resets.deliveries();
    }
}
