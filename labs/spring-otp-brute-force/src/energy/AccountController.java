package energy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;

/** Sign-up, and the account the customer sees once signed in. */
@RestController
public class AccountController {

    public record SignUp(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{2,39}") String username,
                         @NotBlank @Size(min = 8, max = 72) String password) {
    }

    public record Account(String username, String email, String tariff) {
    }

    private final CustomerRepository customers;
    private final PasswordEncoder passwordEncoder;

    public AccountController(CustomerRepository customers, PasswordEncoder passwordEncoder) {
        this.customers = customers;
        this.passwordEncoder = passwordEncoder;
    }

    @PostMapping("/api/signup")
    public ResponseEntity<?> signUp(@Valid @RequestBody SignUp form) {
        String username = form.username().toLowerCase(Locale.ROOT);
        if (customers.existsByUsernameIgnoreCase(username)) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "that username is taken"));
        }
        Customer customer = customers.save(new Customer(null, username, passwordEncoder.encode(form.password()),
                username + "@mail.example", "Standard variable"));
        return ResponseEntity.status(HttpStatus.CREATED).body(account(customer));
    }

    @GetMapping("/api/me")
    public Account me(Principal user) {
        return account(customers.findByUsernameIgnoreCase(user.getName()).orElseThrow());
    }

    private static Account account(Customer customer) {
        return new Account(customer.username(), customer.email(), customer.tariff());
    }
}
