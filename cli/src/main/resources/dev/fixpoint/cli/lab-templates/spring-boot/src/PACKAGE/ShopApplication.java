package {{package}};

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** The shop: every request signs in with HTTP Basic; two customers, each with orders of their own. */
@SpringBootApplication
public class ShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * bcrypt at cost 4 so that the checks' many HTTP Basic requests stay fast (production keeps the default 10). With
     * {noop} passwords and no encoder bean, Spring Security would re-hash each password at cost 10 after its first log-in
     * and pay that on every later request.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    @Bean
    InMemoryUserDetailsManager customers(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(
                User.withUsername("alice").password(encoder.encode("alice-pass")).roles("CUSTOMER").build(),
                User.withUsername("bob").password(encoder.encode("bob-pass")).roles("CUSTOMER").build());
    }

    @Bean
    ApplicationRunner seed(Orders orders, @Value("${fixpoint.secrets.bob-order}") String bobsItem,
                           @Value("${fixpoint.secrets.bob-other-order}") String bobsOtherItem) {
        return arguments -> {
            orders.save(new PurchaseOrder(null, "alice", "A book about Spring"));
            orders.save(new PurchaseOrder(null, "bob", bobsItem));
            orders.save(new PurchaseOrder(null, "bob", bobsOtherItem));
        };
    }
}
