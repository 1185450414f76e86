package books;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        // the catalog is public
                        .requestMatchers(HttpMethod.GET, "/api/books").permitAll()
                        // a customer's own orders
                        .requestMatchers("/api/orders").authenticated()
                        // the load balancer's probe and the status page poll these without a login
                        .requestMatchers("/actuator/health", "/actuator/info").permitAll()
                        // the rest of the Actuator needs a login
                        .requestMatchers("/actuator/**").authenticated()
                        .anyRequest().denyAll())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
