package notify;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;

@RestController
public class AccountApi {

    public record SignUp(String username, String password) {
    }

    private final InMemoryUserDetailsManager users;
    private final PasswordEncoder passwords;

    public AccountApi(InMemoryUserDetailsManager users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @PostMapping("/api/signup")
    public synchronized Map<String, String> signUp(@RequestBody SignUp request) {
        if (request.username() == null || !request.username().matches("[A-Za-z0-9._-]{3,40}")
                || request.password() == null || request.password().length() < 8) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a username of 3 to 40 letters, digits, '.', '_' or '-' and a password of 8 or more");
        }
        if (users.userExists(request.username())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "that username is taken");
        }
        users.createUser(User.withUsername(request.username()).password(passwords.encode(request.password())).roles("SENDER").build());
        return Map.of("username", request.username());
    }
}
