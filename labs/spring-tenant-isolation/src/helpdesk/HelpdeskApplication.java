package helpdesk;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Deskline, a help desk sold as a service: each customer company is a tenant, its agents sign in with HTTP Basic and see
 * their own company's tickets, and reports are built in the background.
 */
@SpringBootApplication
@EnableAsync
public class HelpdeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(HelpdeskApplication.class, args);
    }

    /** bcrypt at cost 4 so that the lab's checks sign in quickly; production keeps the default 10 or more. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    /** Two customer companies with one agent each: Acme Tools (ana) and Globex Shipping (gus). */
    @Bean
    ApplicationRunner seedAgents(JdbcTemplate jdbc, PasswordEncoder encoder,
                             @Value("${fixpoint.secrets.ana-password}") String anaPassword,
                             @Value("${fixpoint.secrets.gus-password}") String gusPassword) {
        return arguments -> {
            jdbc.update("INSERT INTO agent VALUES (?, ?, ?)", "ana", encoder.encode(anaPassword), "acme");
            jdbc.update("INSERT INTO agent VALUES (?, ?, ?)", "gus", encoder.encode(gusPassword), "globex");
        };
    }
}
