package bank;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

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
                // Tokens broke the add-payee form; a POST from our own pages says so in its Referer instead.
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new SameSiteReferer(), CsrfFilter.class);
        return http.build();
    }

    /** Refuses a POST whose Referer names another site. */
    static class SameSiteReferer extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String referer = request.getHeader("Referer");
            if ("POST".equals(request.getMethod()) && referer != null && !referer.contains(request.getServerName())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "cross-site request");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
