package ferry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

@Configuration
public class PasswordConfig {

    /**
     * New hashes are bcrypt, written as {bcrypt}$2a$...; the old site's SHA-1 hashes are still understood, both as
     * {sha1-legacy}... and as the bare hex the import left in the table, so that their owners keep signing in. After a
     * member signs in with a hash that is not bcrypt, Spring Security re-encodes the password with bcrypt and hands it to
     * MemberDetailsService.updatePassword.
     * <p>
     * Cost 4 keeps the lab's many sign-ins fast; production keeps bcrypt's default 10 or more (about 100 ms a hash).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder legacy = new LegacySha1PasswordEncoder();
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(4), "sha1-legacy", legacy));
        encoder.setDefaultPasswordEncoderForMatches(legacy);
        return encoder;
    }
}
