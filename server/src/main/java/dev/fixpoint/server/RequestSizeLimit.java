package dev.fixpoint.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Refuses request bodies larger than {@link #MAX_BYTES} before anything reads them, so that no one can make the
 * server parse megabytes of JSON; a lab's editable files are far smaller.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (WITH_BODY.contains(request.getMethod())) {
            long length = request.getContentLengthLong();
            if (length > MAX_BYTES) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body larger than " + MAX_BYTES + " bytes");
                return;
            }
            if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
                response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED, "send the body with a Content-Length");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
