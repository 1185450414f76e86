package store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class SecurityConfig {

    /**
     * The rules are tried in order and the first that matches decides, so the narrow rules come first, and whatever no
     * rule names is refused: an endpoint added later is closed until someone decides who may call it.
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        // the back office and its reports are for the shop's staff
                        .requestMatchers("/api/admin/**", "/api/reports/**").hasRole("ADMIN")
                        // anyone browses the catalog; only staff add, reprice or remove products
                        .requestMatchers(HttpMethod.GET, "/api/products/**").permitAll()
                        .requestMatchers("/api/products/**").hasRole("ADMIN")
                        // a customer's own orders
                        .requestMatchers("/api/orders/**").authenticated()
                        .anyRequest().denyAll())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
