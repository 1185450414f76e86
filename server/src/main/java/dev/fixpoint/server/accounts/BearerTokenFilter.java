package dev.fixpoint.server.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Authenticates API requests that carry a personal token ({@code Authorization: Bearer fp_...}), for the CLI
 * and CI. A token that is unknown or revoked gets 401; it never falls back to a session.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;

    BearerTokenFilter(ApiTokenRepository tokens, AccountRepository accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(PREFIX);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") || !hasBearer(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader("Authorization").substring(PREFIX.length()).trim();
        Optional<AccountDetails> account = tokens.use(Secrets.hash(token)).flatMap(accounts::find);
        if (account.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "unknown or revoked token");
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(account.get(), null, account.get().getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
