package dev.fixpoint.server.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Signs in a person who has just proven who they are some other way than the sign-in form (by accepting an
 * invitation with a new password), with what the form's sign-in does: a new session id, so that an id planted in
 * the browser before is worthless; a new CSRF token; the session registered, so that a password change can end it;
 * the password counted as just entered; and the browser remembered as its owner's.
 */
@Component
class SessionSignIn {

    private final AccountRepository accounts;
    private final SessionRegistry sessions;
    private final KnownDevices devices;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    // The CSRF repository Spring Security uses by default (SecurityConfig keeps it): tokens in the session.
    private final CsrfAuthenticationStrategy csrf = new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository());
    private final ChangeSessionIdAuthenticationStrategy fixation = new ChangeSessionIdAuthenticationStrategy();

    SessionSignIn(AccountRepository accounts, SessionRegistry sessions, KnownDevices devices) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.devices = devices;
    }

    void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        AccountDetails details = accounts.find(account.username()).orElseThrow();
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        request.getSession();
        fixation.onAuthentication(authentication, request, response);
        csrf.onAuthentication(authentication, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        HttpSession session = request.getSession();
        sessions.registerNewSession(session.getId(), details);
        PasswordConfirmation.entered(session);
        devices.remember(account.username(), request, response);
    }
}
