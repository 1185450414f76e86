package bank;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** Fernhill Credit Union's online banking: members sign in, keep their e-mail address, payees and transfers. */
@SpringBootApplication
public class BankApplication {

    public static void main(String[] args) {
        SpringApplication.run(BankApplication.class, args);
    }

    /**
     * bcrypt at cost 4 so that the checks' many log-ins stay fast (production keeps the default 10). Without an encoder
     * bean, Spring Security would re-hash each password at cost 10 after its first log-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    /** The members who can sign in; their accounts are in the customer table. */
    @Bean
    InMemoryUserDetailsManager members(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(
                User.withUsername("alex").password(encoder.encode("alex-saves-pennies")).roles("MEMBER").build(),
                User.withUsername("mallory").password(encoder.encode("mallory-pays-later")).roles("MEMBER").build());
    }
}
