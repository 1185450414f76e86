package store;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** Bean There, a small coffee shop: a public catalog, customers' orders and the shop's back office. */
@SpringBootApplication
public class StoreApplication {

    public static void main(String[] args) {
        SpringApplication.run(StoreApplication.class, args);
    }

    /**
     * bcrypt at cost 4 so that the checks' many HTTP Basic requests stay fast (production keeps the default 10). With
     * no encoder bean, Spring Security would re-hash each password at cost 10 after its first log-in and pay that on every
     * later request.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    /** The demo customer of the briefing and the shop's administrator. */
    @Bean
    InMemoryUserDetailsManager users(PasswordEncoder encoder, @Value("${fixpoint.secrets.admin-password}") String adminPassword) {
        return new InMemoryUserDetailsManager(
                User.withUsername("carol").password(encoder.encode("carol-loves-coffee")).roles("CUSTOMER").build(),
                User.withUsername("admin").password(encoder.encode(adminPassword)).roles("ADMIN").build());
    }
}
