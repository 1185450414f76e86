package shop;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import java.util.Locale;

/**
 * The shop's account service: customers sign up and edit their profile through the JSON API (/api/...) or the web
 * pages (/signup, /account); staff with the admin role manage accounts under /api/admin. HTTP Basic everywhere.
 */
@SpringBootApplication
public class ShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/signup", "/api/signup", "/error").permitAll()
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                // The JSON API is called by the mobile app with Basic credentials; the pages keep their CSRF tokens.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .build();
    }

    /** bcrypt at cost 4 so that the lab's checks log in quickly; a real shop keeps the default (10) or more. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    /** Who may log in, and with which role: straight from the account table. */
    @Bean
    UserDetailsService users(Accounts accounts) {
        return username -> accounts.findByUsername(username)
                .map(account -> User.withUsername(account.getUsername()).password(account.getPassword())
                        .roles(account.getRole().toUpperCase(Locale.ROOT)).build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Bean
    ApplicationRunner staff(Accounts accounts, PasswordEncoder passwords, @Value("${fixpoint.secrets.admin-password}") String password) {
        return arguments -> {
            Account admin = new Account();
            admin.setUsername("admin");
            admin.setPassword(passwords.encode(password));
            admin.setDisplayName("Shop staff");
            admin.setRole("admin");
            admin.setVerified(true);
            accounts.save(admin);
        };
    }
}
