package store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The chain decides which paths need a login and refuses every path it does not name; which role may call a staff
 * endpoint is written on the endpoint itself, with @PreAuthorize, so that it travels with the code whatever its path.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/products/**").permitAll()
                        // who may call a staff endpoint is on the endpoint: @PreAuthorize("hasRole('ADMIN')")
                        .requestMatchers("/api/orders/**", "/api/products/**", "/api/admin/**", "/api/reports/**").authenticated()
                        .anyRequest().denyAll())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
