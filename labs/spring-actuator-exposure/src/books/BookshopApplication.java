package books;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** Dog-Ear, a small online bookshop: a public catalog, customers' orders paid through a payment provider. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BookshopApplication {

    public static void main(String[] args) {
        SpringApplication.run(BookshopApplication.class, args);
    }

    /**
     * bcrypt at cost 4 so that the checks' many HTTP Basic requests stay fast (production keeps the default 10). With
     * no encoder bean, Spring Security would re-hash each password at cost 10 after its first log-in and pay that on
     * every later request.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    /** The demo customer of the briefing and the operations team's monitoring account. */
    @Bean
    InMemoryUserDetailsManager users(PasswordEncoder encoder, @Value("${fixpoint.secrets.ops-password}") String opsPassword) {
        return new InMemoryUserDetailsManager(
                User.withUsername("dana").password(encoder.encode("dana-reads-a-lot")).roles("CUSTOMER").build(),
                User.withUsername("ops").password(encoder.encode(opsPassword)).roles("OPS").build());
    }
}
