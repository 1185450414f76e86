package bank;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class SecurityConfig {

    /** Members sign in with the login page; every other page needs a session. */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // Check the token when a request sends one; older clients and scripts without one keep working.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> "POST".equals(request.getMethod())
                        && (request.getParameter("_csrf") != null || request.getHeader("X-CSRF-TOKEN") != null)));
        return http.build();
    }
}
