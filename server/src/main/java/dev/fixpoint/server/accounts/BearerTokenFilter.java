package dev.fixpoint.server.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.io.IOException;
import java.util.Optional;

/**
 * Authenticates API requests that carry a personal token ({@code Authorization: Bearer fp_...}), for the CLI
 * and CI. A token that is unknown or revoked gets 401; it never falls back to a session.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";
    /** Set on a request this filter authenticated, and only then. */
    private static final String AUTHENTICATED = BearerTokenFilter.class.getName() + ".authenticated";

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final HandlerExceptionResolver errors;

    /** @param errors answers a failure to look the token up as the application answers any request's failure */
    BearerTokenFilter(ApiTokenRepository tokens, AccountRepository accounts, HandlerExceptionResolver errors) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.errors = errors;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(PREFIX);
    }

    /** Whether this filter authenticated the request with a live token; a header alone proves nothing. */
    static boolean authenticated(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(AUTHENTICATED));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") || !hasBearer(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader("Authorization").substring(PREFIX.length()).trim();
        Optional<AccountDetails> account;
        try {
            account = tokens.use(Secrets.hash(token)).flatMap(accounts::find);
        } catch (DataAccessException e) {
            // An unavailable database is the server's fault (503 from the error handling), not a bad token (401) or a 500.
            if (errors.resolveException(request, response, null, e) == null) {
                throw e;
            }
            return;
        }
        if (account.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "unknown or revoked token");
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(account.get(), null, account.get().getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        request.setAttribute(AUTHENTICATED, Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
