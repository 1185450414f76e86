package energy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The bearer tokens handed out at the end of a sign-in, and the filter that turns one back into the customer. */
@Component
public class BearerTokens {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> customers = new ConcurrentHashMap<>();

    public String issue(String username) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        customers.put(token, username);
        return token;
    }

    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String header = request.getHeader("Authorization");
                String username = header != null && header.startsWith("Bearer ") ? customers.get(header.substring(7).trim()) : null;
                if (username != null) {
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                            AuthorityUtils.createAuthorityList("ROLE_CUSTOMER")));
                    SecurityContextHolder.setContext(context);
                }
                chain.doFilter(request, response);
            }
        };
    }
}
