package bank;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.Map;

/** The JSON the dashboard's scripts use: the account summary and the quick transfer. */
@RestController
public class TransferApi {

    public record TransferRequest(long payeeId, BigDecimal amount, String reference) {
    }

    private final Accounts accounts;
    private final JsonMapper json;

    TransferApi(Accounts accounts, JsonMapper json) {
        this.accounts = accounts;
        this.json = json;
    }

    @GetMapping("/api/account")
    Map<String, Object> account(Principal member) {
        Accounts.Account account = accounts.account(member.getName());
        return Map.of("username", account.username(), "email", account.email(), "balance", account.balance(),
                "emailChanges", accounts.emailChanges(member.getName()),
                "payees", accounts.payees(member.getName()), "transfers", accounts.transfers(member.getName()));
    }

    /**
     * The quick transfer. The dashboard's script posts the JSON as it is ({@code fetch} without a content type sends
     * {@code text/plain}), so the body is read as text and parsed here.
     */
    @PostMapping("/api/transfers")
    ResponseEntity<?> transfer(@RequestBody String body, Principal member) {
        TransferRequest request;
        try {
            request = json.readValue(body, TransferRequest.class);
        } catch (JacksonException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "the body is not a transfer"));
        }
        if (request.amount() == null || request.amount().signum() <= 0 || request.reference() == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "amount and reference are required"));
        }
        return accounts.transfer(member.getName(), request.payeeId(), request.amount(), request.reference())
                .<ResponseEntity<?>>map(done -> ResponseEntity.status(HttpStatus.CREATED).body(done))
                .orElseGet(() -> ResponseEntity.status(422).body(Map.of("error", "unknown payee or not enough money")));
    }
}
