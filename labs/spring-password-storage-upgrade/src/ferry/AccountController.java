package ferry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

@RestController
public class AccountController {

    public record SignUp(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,39}") String username,
                         @NotBlank @Size(min = 8, max = 72) String password,
                         @Size(max = 100) String displayName) {
    }

    public record PasswordChange(@NotBlank String currentPassword, @NotBlank @Size(min = 8, max = 72) String newPassword) {
    }

    public record Profile(String username, String displayName, LocalDate memberSince) {
    }

    private final Members members;
    private final MemberRepository repository;

    public AccountController(Members members, MemberRepository repository) {
        this.members = members;
        this.repository = repository;
    }

    @PostMapping("/api/signup")
    public ResponseEntity<?> signUp(@Valid @RequestBody SignUp form) {
        String name = form.displayName() == null || form.displayName().isBlank() ? form.username() : form.displayName();
        Optional<Member> member = members.register(form.username(), form.password(), name);
        if (member.isEmpty()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "that username is taken"));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(profile(member.get()));
    }

    @GetMapping("/api/me")
    public Profile me(Principal user) {
        return profile(repository.findByUsername(user.getName()).orElseThrow());
    }

    @PostMapping("/api/me/password")
    public ResponseEntity<?> changePassword(@Valid @RequestBody PasswordChange change, Principal user) {
        if (!members.changePassword(user.getName(), change.currentPassword(), change.newPassword())) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "the current password is wrong"));
        }
        return ResponseEntity.noContent().build();
    }

    private static Profile profile(Member member) {
        return new Profile(member.username(), member.displayName(), member.memberSince());
    }
}
