package shop;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The JSON API of the mobile app: sign up, read and change your own profile. */
@RestController
public class AccountApi {

    /** What a customer may send to sign up: nothing else reaches the account. */
    public record SignUpRequest(@NotBlank String username, @NotBlank String password, String displayName,
                                @Email String email) {
    }

    /** What a customer may change in their profile; a field left out (null) stays as it is. */
    public record ProfileChanges(String displayName, @Email String email) {
    }

    private final Accounts accounts;
    private final PasswordEncoder passwords;

    public AccountApi(Accounts accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @PostMapping("/api/signup")
    @ResponseStatus(HttpStatus.CREATED)
    Account signUp(@Valid @RequestBody SignUpRequest request) {
        if (accounts.existsByUsername(request.username())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "that username is taken");
        }
        // A new Account: id, role, verified and membership keep the values the shop gives every new customer.
        Account account = new Account();
        account.setUsername(request.username());
        account.setPassword(passwords.encode(request.password()));
        account.setDisplayName(request.displayName());
        account.setEmail(request.email());
        return accounts.save(account);
    }

    @GetMapping("/api/me")
    Account me(@AuthenticationPrincipal UserDetails user) {
        return current(user);
    }

    /** Changes the fields sent and keeps the others. */
    @PatchMapping("/api/me")
    Account update(@Valid @RequestBody ProfileChanges changes, @AuthenticationPrincipal UserDetails user) {
        Account account = current(user);
        if (changes.displayName() != null) {
            account.setDisplayName(changes.displayName());
        }
        if (changes.email() != null) {
            account.setEmail(changes.email());
        }
        return accounts.save(account);
    }

    private Account current(UserDetails user) {
        return accounts.findByUsername(user.getUsername()).orElseThrow();
    }
}
