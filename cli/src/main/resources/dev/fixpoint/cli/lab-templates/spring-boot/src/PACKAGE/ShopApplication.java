package {{package}};

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** The shop: every request signs in with HTTP Basic; two customers, each with orders of their own. */
@SpringBootApplication
public class ShopApplication {

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    InMemoryUserDetailsManager customers() {
        return new InMemoryUserDetailsManager(
                User.withUsername("alice").password("{noop}alice-pass").roles("CUSTOMER").build(),
                User.withUsername("bob").password("{noop}bob-pass").roles("CUSTOMER").build());
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
