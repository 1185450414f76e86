package shop;

import jakarta.validation.Valid;
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
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/** The JSON API of the mobile app: sign up, read and change your own profile. */
@RestController
public class AccountApi {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final JsonMapper json;

    public AccountApi(Accounts accounts, PasswordEncoder passwords, JsonMapper json) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.json = json;
    }

    @PostMapping("/api/signup")
    @ResponseStatus(HttpStatus.CREATED)
    Account signUp(@Valid @RequestBody Account account) {
        if (accounts.existsByUsername(account.getUsername())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "that username is taken");
        }
        account.setPassword(passwords.encode(account.getPassword()));
        account.setRole("customer");
        return accounts.save(account);
    }

    @GetMapping("/api/me")
    Account me(@AuthenticationPrincipal UserDetails user) {
        return current(user);
    }

    /** Changes the fields sent and keeps the others. */
    @PatchMapping("/api/me")
    Account update(@RequestBody Map<String, Object> changes, @AuthenticationPrincipal UserDetails user) {
        changes.remove("role");
        Account account = current(user);
        json.updateValue(account, changes);
        return accounts.save(account);
    }

    private Account current(UserDetails user) {
        return accounts.findByUsername(user.getUsername()).orElseThrow();
    }
}
