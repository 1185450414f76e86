package market;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Profiles, listings and reviews are public; /api/me needs the member's HTTP Basic credentials (the mobile app's). */
@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/users", "/api/users/**", "/api/listings", "/api/listings/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** bcrypt at cost 4 so that the checks' many HTTP Basic requests stay fast (production keeps 10 or more). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    /** Members sign in with their username and password, checked against the member table's hash. */
    @Bean
    UserDetailsService members(MemberRepository members) {
        return username -> members.findByUsername(username)
                .map(member -> User.withUsername(member.username()).password(member.passwordHash()).roles("MEMBER").build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
