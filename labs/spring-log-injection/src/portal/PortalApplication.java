package portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Maplewood Energy's customer portal: customers sign in and reset forgotten passwords; every sign-in and reset goes
 * to the audit trail that the security operations team reads.
 */
@SpringBootApplication
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }

    /** bcrypt at cost 4 so that the checks' many sign-ins stay fast (production keeps the default 10). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    /** The customers, and ops, the operators' account for the audit view. */
    @Bean
    InMemoryUserDetailsManager users(PasswordEncoder encoder,
                                     @Value("${fixpoint.secrets.alice-password}") String alice,
                                     @Value("${fixpoint.secrets.zoe-password}") String zoe,
                                     @Value("${fixpoint.secrets.devon-password}") String devon,
                                     @Value("${fixpoint.secrets.ops-password}") String ops) {
        return new InMemoryUserDetailsManager(
                User.withUsername("alice").password(encoder.encode(alice)).roles("CUSTOMER").build(),
                User.withUsername("zoë.ñúñez").password(encoder.encode(zoe)).roles("CUSTOMER").build(),
                User.withUsername("devon").password(encoder.encode(devon)).roles("CUSTOMER").build(),
                User.withUsername("ops").password(encoder.encode(ops)).roles("OPERATOR").build());
    }
}
