package ferry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration
public class PasswordConfig {

    /**
     * The members imported from the old booking site have its SHA-1 hashes, so sign-in checks passwords the way it did;
     * new members are stored the same way, so that the member table has one format.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new LegacySha1PasswordEncoder();
    }
}
