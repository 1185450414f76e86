package ferry;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Optional;

/** Signing members up and changing their passwords. */
@Service
public class Members {

    private final MemberRepository members;
    private final PasswordEncoder passwordEncoder;

    public Members(MemberRepository members, PasswordEncoder passwordEncoder) {
        this.members = members;
        this.passwordEncoder = passwordEncoder;
    }

    /** The new member, or empty when the username is taken. */
    @Transactional
    public Optional<Member> register(String username, String password, String displayName) {
        if (members.existsByUsername(username)) {
            return Optional.empty();
        }
        return Optional.of(members.save(new Member(null, username, passwordEncoder.encode(password), displayName, LocalDate.now())));
    }

    /** Whether the current password was right (and the new one is now stored). */
    @Transactional
    public boolean changePassword(String username, String currentPassword, String newPassword) {
        Member member = members.findByUsername(username).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, member.password())) {
            return false;
        }
        members.updatePassword(username, passwordEncoder.encode(newPassword));
        return true;
    }
}
