package portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class SecurityConfig {

    /**
     * Customers sign in with the login form (SignInAudit records each attempt); operators read /ops with HTTP Basic.
     * Asking for a password reset and using its link need no session.
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInAudit signInAudit) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/password-reset", "/password-reset/confirm").permitAll()
                        .requestMatchers("/ops/**").hasRole("OPERATOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form.successHandler(signInAudit).failureHandler(signInAudit))
                .httpBasic(Customizer.withDefaults());
        return http.build();
    }
}
