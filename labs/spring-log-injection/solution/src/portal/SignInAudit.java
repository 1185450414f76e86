package portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** Records every sign-in through the login form, then sends the customer on as the form login would. */
@Component
public class SignInAudit implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        audit.record("SIGN_IN_SUCCESS", "user", authentication.getName(), "ip", request.getRemoteAddr(),
                "agent", request.getHeader("User-Agent"));
        response.sendRedirect("/");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        // Never the password that was tried: it is often the real one with a typo, or one the customer uses elsewhere.
        audit.record("SIGN_IN_FAILURE", "user", request.getParameter("username"), "ip", request.getRemoteAddr(),
                "agent", request.getHeader("User-Agent"));
        response.sendRedirect("/login?error");
    }
}
