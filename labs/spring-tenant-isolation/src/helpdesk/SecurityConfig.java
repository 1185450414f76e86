package helpdesk;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class SecurityConfig {

    /** Every request is an agent's, with HTTP Basic; no sessions, no cookies. */
    @Bean
    SecurityFilterChain helpdeskChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.requestMatchers("/error").permitAll().anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    UserDetailsService agents(JdbcTemplate jdbc) {
        return username -> jdbc.query("SELECT username, password, tenant_id FROM agent WHERE username = ?",
                        (row, n) -> new TenantUser(row.getString(1), row.getString(2), row.getString(3)), username)
                .stream().findFirst().orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
