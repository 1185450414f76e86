package dev.fixpoint.server.accounts;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SimpleRedirectSessionInformationExpiredStrategy;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may reach what: everything needs a sign-in except the sign-in and first-run pages and static files; the
 * findings inbox needs a lead or an admin; CI service accounts reach only the findings upload and the gate.
 */
@Configuration
class SecurityConfig {

    /** No inline or injected scripts; inline styles are allowed because the code editor builds its theme at run time. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http, DaoAuthenticationProvider provider, ApiTokenRepository tokens,
                            AccountRepository accounts, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors,
                            KnownDevices devices, SessionRegistry sessions) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler toPage = new SavedRequestAwareAuthenticationSuccessHandler();
        toPage.setDefaultTargetUrl("/");
        http.authenticationProvider(provider)
                // Before the CSRF check, so that it knows which requests a token authenticated.
                .addFilterBefore(new BearerTokenFilter(tokens, accounts, errors), CsrfFilter.class)
                // A browser never sends a bearer token on its own, so an API request a live token authenticated needs no
                // CSRF token; a request that merely carries the header, or a session's request to a page, still does.
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::authenticated))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/setup", "/invite", "/error", "/css/**", "/js/**", "/webjars/**", "/api/v1/openapi.json", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**", "/api/v1/admin/**").hasRole("ADMIN")
                        // A CI service account's token uploads findings and asks the gate, and may do nothing else.
                        .requestMatchers(HttpMethod.POST, "/api/v1/findings").hasRole(Role.CI.name())
                        // Who a token belongs to, which `fixpoint login` asks whatever the token's account.
                        .requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated()
                        .requestMatchers("/api/v1/gate").hasAnyRole(Role.CI.name(), Role.LEAD.name(), Role.ADMIN.name())
                        .requestMatchers("/findings", "/findings/**", "/api/v1/findings", "/api/v1/findings/**", "/api/v1/assignments/*/backlog")
                        .hasAnyRole(Role.LEAD.name(), Role.ADMIN.name())
                        .anyRequest().hasAnyRole(Role.people().stream().map(Role::name).toArray(String[]::new)))
                // The API answers 401 instead of redirecting to the sign-in page.
                .exceptionHandling(exceptions -> exceptions
                        // Through the error page, with the reason kept for it (a missing CSRF token is worth saying).
                        .accessDeniedHandler((request, response, denied) -> {
                            request.setAttribute(WebAttributes.ACCESS_DENIED_403, denied);
                            response.sendError(HttpStatus.FORBIDDEN.value());
                        })
                        // Through the error page, which answers a problem document saying how to authenticate.
                        .defaultAuthenticationEntryPointFor((request, response, failure) -> response.sendError(HttpStatus.UNAUTHORIZED.value()),
                                PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE))
                .formLogin(form -> form.loginPage("/login").failureUrl("/login?error")
                        .authenticationDetailsSource(request -> new SignInDetails(request, devices.vouchesFor(request, request.getParameter("username"))))
                        .successHandler((request, response, authentication) -> {
                            devices.remember(authentication.getName(), request, response);
                            PasswordConfirmation.entered(request.getSession());
                            // Registered so that a password change can sign the account out everywhere else; only sign-ins
                            // register, not the requests a bearer token authenticates.
                            sessions.registerNewSession(request.getSession().getId(), authentication.getPrincipal());
                            toPage.onAuthenticationSuccess(request, response, authentication);
                        }))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                // Sessions that the registry says have ended (see PasswordChange) are signed out at their next request.
                .addFilterAfter(new ConcurrentSessionFilter(sessions, new SimpleRedirectSessionInformationExpiredStrategy("/login?ended")),
                        SecurityContextHolderFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so that it does not keep ended sessions forever. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, and hashes of other schemes keep working if the default changes.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    DaoAuthenticationProvider authenticationProvider(AccountRepository accounts, PasswordEncoder passwords, LoginThrottle throttle) {
        UserDetailsService users = username -> accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users) {
            @Override
            public Authentication authenticate(Authentication authentication) {
                // Checked before the name is even looked up: an address that keeps guessing learns nothing more.
                if (throttle.isAddressBlocked(LoginThrottle.address(authentication))) {
                    throw new LockedException("too many failed sign-ins from this address; try again later");
                }
                // Asked too soon after others' failures, the password is not even checked, unless the browser is the owner's.
                boolean knownDevice = authentication.getDetails() instanceof SignInDetails details && details.knownDevice();
                if (!knownDevice && throttle.nameWait(authentication.getName()).isPresent()) {
                    throw new LockedException("too many failed sign-ins for this name; try again shortly");
                }
                return super.authenticate(authentication);
            }
        };
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {
            if (user instanceof AccountDetails details && details.account().role() == Role.CI) {
                throw new DisabledException("service accounts cannot sign in");
            }
        });
        return provider;
    }
}
