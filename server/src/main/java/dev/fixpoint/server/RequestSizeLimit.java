package dev.fixpoint.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
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
 * server parse megabytes of JSON; a lab's editable files are far smaller. Scanner findings from CI are the one
 * upload that may be larger, up to {@code fixpoint.findings.max-request-size}, which the multipart configuration holds.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    static final String FINDINGS = "/api/v1/findings";
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final long maxFindingsBytes;

    RequestSizeLimit(MultipartConfigElement uploads) {
        this.maxFindingsBytes = uploads.getMaxRequestSize();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (WITH_BODY.contains(request.getMethod())) {
            long length = request.getContentLengthLong();
            long max = FINDINGS.equals(request.getRequestURI()) ? maxFindingsBytes : MAX_BYTES;
            if (length > max) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body larger than " + max + " bytes");
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
