package ferry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

@Configuration
public class PasswordConfig {

    /** New and changed passwords are bcrypt; the imported SHA-1 rows (no {id}) are still checked the old way. */
    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder legacy = new LegacySha1PasswordEncoder();
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(4), "sha1-legacy", legacy));
        encoder.setDefaultPasswordEncoderForMatches(legacy);
        return encoder;
    }
}
