package bank;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import java.util.UUID;

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
                // One token for the whole application: a token per session broke the members' second browser tab.
                .csrf(csrf -> csrf.csrfTokenRepository(new ApplicationCsrfTokenRepository()));
        return http.build();
    }

    /** The application's CSRF token, made once at start-up; the same on every page for every member. */
    static class ApplicationCsrfTokenRepository implements CsrfTokenRepository {
        private final CsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", UUID.randomUUID().toString());

        @Override
        public CsrfToken generateToken(HttpServletRequest request) {
            return token;
        }

        @Override
        public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        }

        @Override
        public CsrfToken loadToken(HttpServletRequest request) {
            return token;
        }
    }
}
