package bank;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.Map;

/** The JSON the single-page app uses: its CSRF token, the customer's account and outgoing transfers. */
@RestController
public class AccountApi {

    public record TransferRequest(String toIban, BigDecimal amount, String reference) {
    }

    private final Accounts accounts;

    AccountApi(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The app reads the token once after loading and again after signing in, and sends it back in the header named. */
    @GetMapping("/api/csrf")
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
    }

    @GetMapping("/api/account")
    Accounts.Account account(Principal customer) {
        return accounts.account(customer.getName());
    }

    @PostMapping("/api/transfers")
    ResponseEntity<?> transfer(@RequestBody TransferRequest request, Principal customer) {
        if (request.toIban() == null || request.toIban().isBlank() || request.amount() == null
                || request.amount().signum() <= 0 || request.reference() == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "toIban, a positive amount and reference are required"));
        }
        return accounts.transfer(customer.getName(), request.toIban().strip(), request.amount(), request.reference())
                .<ResponseEntity<?>>map(done -> ResponseEntity.status(HttpStatus.CREATED).body(done))
                .orElseGet(() -> ResponseEntity.status(422).body(Map.of("error", "not enough money")));
    }
}
