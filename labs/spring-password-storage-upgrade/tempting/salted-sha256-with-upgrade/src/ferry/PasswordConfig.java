package ferry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.StandardPasswordEncoder;

import java.util.Map;

@Configuration
public class PasswordConfig {

    /** Salted SHA-256 for every new hash (Spring's own encoder); the imported SHA-1 rows are upgraded at sign-in. */
    @Bean
    @SuppressWarnings("deprecation")
    PasswordEncoder passwordEncoder() {
        PasswordEncoder legacy = new LegacySha1PasswordEncoder();
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("sha256",
                Map.of("sha256", new StandardPasswordEncoder(), "sha1-legacy", legacy));
        encoder.setDefaultPasswordEncoderForMatches(legacy);
        return encoder;
    }
}
