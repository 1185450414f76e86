package portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Form login for the portal's pages; the e-mail link redirector is open to everyone. */
@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain portal(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/go", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").successHandler(afterSignIn()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signed-out"))
                .build();
    }

    /**
     * After signing in, the customer goes on to the page named by the sign-in form's continue field (links in our
     * e-mails and pages pass it along) when it is a path on this site, else to the page that sent them to sign in,
     * else home.
     */
    private AuthenticationSuccessHandler afterSignIn() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
                // continue comes from the sign-in form, and so from whoever wrote the link: only a path on this site
                return ReturnTo.orHome(super.determineTargetUrl(request, response));
            }
        };
        handler.setTargetUrlParameter("continue");
        handler.setDefaultTargetUrl(ReturnTo.HOME);
        return handler;
    }

    /** bcrypt at cost 4 so that the checks' sign-ins stay fast (production keeps the default 10). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    /** The demo customers of the staging environment. */
    @Bean
    InMemoryUserDetailsManager users(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(
                User.withUsername("alice").password(encoder.encode("alice-staging")).roles("CUSTOMER").build(),
                User.withUsername("bob").password(encoder.encode("bob-staging")).roles("CUSTOMER").build());
    }
}
