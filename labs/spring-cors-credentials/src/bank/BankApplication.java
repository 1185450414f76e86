package bank;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Kestrel Bank's account API, {@code https://api.kestrelbank.example}: the JSON that the bank's single-page app at
 * {@code https://app.kestrelbank.example} reads and posts, signed in with a session cookie.
 */
@SpringBootApplication
public class BankApplication {

    public static void main(String[] args) {
        SpringApplication.run(BankApplication.class, args);
    }

    /** bcrypt at cost 4 so that the checks' many sign-ins stay fast (production keeps the default 10). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    /** The customers who can sign in; their accounts are in the customer table. */
    @Bean
    InMemoryUserDetailsManager customers(PasswordEncoder encoder, @Value("${fixpoint.secrets.alex-password}") String alex) {
        return new InMemoryUserDetailsManager(User.withUsername("alex").password(encoder.encode(alex)).roles("CUSTOMER").build());
    }
}
