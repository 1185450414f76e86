package expenses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** Every request needs HTTP Basic credentials; the API keeps no session. */
@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** The demo accounts of the staging environment (production signs in through the company's identity provider). */
    @Bean
    InMemoryUserDetailsManager users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("alice").password("{noop}alice-staging").roles("EMPLOYEE").build(),
                User.withUsername("bob").password("{noop}bob-staging").roles("EMPLOYEE").build(),
                User.withUsername("maria").password("{noop}maria-staging").roles("EMPLOYEE", "MANAGER").build(),
                User.withUsername("carol").password("{noop}carol-staging").roles("EMPLOYEE").build(),
                User.withUsername("nina").password("{noop}nina-staging").roles("EMPLOYEE", "MANAGER").build());
    }
}
