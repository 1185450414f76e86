package expenses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
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

    /**
     * bcrypt at cost 4 so that the checks' many HTTP Basic requests stay fast (production keeps the default 10). With
     * {noop} passwords and no encoder bean, Spring Security would re-hash each password at cost 10 after its first log-in
     * and pay that on every later request.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    /** The demo accounts of the staging environment (production signs in through the company's identity provider). */
    @Bean
    InMemoryUserDetailsManager users(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(
                User.withUsername("alice").password(encoder.encode("alice-staging")).roles("EMPLOYEE").build(),
                User.withUsername("bob").password(encoder.encode("bob-staging")).roles("EMPLOYEE").build(),
                User.withUsername("maria").password(encoder.encode("maria-staging")).roles("EMPLOYEE", "MANAGER").build(),
                User.withUsername("carol").password(encoder.encode("carol-staging")).roles("EMPLOYEE").build(),
                User.withUsername("nina").password(encoder.encode("nina-staging")).roles("EMPLOYEE", "MANAGER").build());
    }
}
