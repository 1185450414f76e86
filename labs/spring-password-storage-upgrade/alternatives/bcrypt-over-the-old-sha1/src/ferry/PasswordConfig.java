package ferry;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

@Configuration
public class PasswordConfig {

    private static final PasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);
    private static final PasswordEncoder LEGACY = new LegacySha1PasswordEncoder();

    /**
     * bcrypt for new hashes; {sha1-bcrypt} for the imported members: bcrypt of the old site's SHA-1 hex. Cost 4 keeps
     * the lab's sign-ins fast; production keeps bcrypt's default 10 or more.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", BCRYPT, "sha1-bcrypt", new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return BCRYPT.encode(LEGACY.encode(rawPassword));
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                return BCRYPT.matches(LEGACY.encode(rawPassword), encodedPassword);
            }
        }));
    }

    /**
     * Wraps every imported SHA-1 hash in bcrypt at start-up, without waiting for its owner to sign in: the table never
     * again holds a fast hash, including for members who never come back.
     */
    @Bean
    ApplicationRunner wrapImportedHashes(JdbcTemplate jdbc) {
        return arguments -> jdbc.queryForList("SELECT username, password FROM member WHERE password NOT LIKE '{%'")
                .forEach(row -> jdbc.update("UPDATE member SET password = ? WHERE username = ? AND password = ?",
                        "{sha1-bcrypt}" + BCRYPT.encode((String) row.get("PASSWORD")), row.get("USERNAME"), row.get("PASSWORD")));
    }
}
