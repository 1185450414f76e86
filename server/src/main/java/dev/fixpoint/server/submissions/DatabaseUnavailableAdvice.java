package dev.fixpoint.server.submissions;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a request that failed because the database is unavailable with 503 and what it means for the learner
 * (nothing was saved, try again), never a stack trace or a 500: a problem document for the API, the
 * {@code unavailable} page for a browser, and for htmx the notice that replaces the lab page's result.
 */
@ControllerAdvice
class DatabaseUnavailableAdvice {

    static final String NOT_SAVED = "The database is unavailable; your code was not saved — try again in a moment.";
    static final String NOT_CHANGED = "The database is unavailable; nothing was changed — try again in a moment.";
    static final String NOT_READ = "The database is unavailable — try again in a moment.";
    private static final String RETRY_AFTER_SECONDS = "5";

    private final DatabaseOutage outage;

    DatabaseUnavailableAdvice(DatabaseOutage outage) {
        this.outage = outage;
    }

    /** Returns a ResponseEntity for the API and a ModelAndView for pages; Spring picks the handling by the value. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    Object unavailable(RuntimeException failure, HttpServletRequest request) {
        if (!DatabaseOutage.explains(failure)) {
            // A statement the database refused is a bug: it keeps Spring's usual handling, which logs it in full.
            throw failure;
        }
        outage.failed("learners' requests are answered 503 (\"try again in a moment\")", failure);
        String message = message(request);
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, message));
        }
        boolean htmx = request.getHeader("HX-Request") != null;
        ModelAndView page = new ModelAndView(htmx ? "unavailable-notice :: notice" : "unavailable", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("message", message);
        // A result the lab page was polling for is asked for again, so that it appears once the database is back.
        page.addObject("retry", htmx && "GET".equals(request.getMethod())
                ? request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) : null);
        return page;
    }

    private static String message(HttpServletRequest request) {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return NOT_READ;
        }
        String path = request.getRequestURI();
        return path.startsWith("/labs/") || path.startsWith("/api/v1/labs/") ? NOT_SAVED : NOT_CHANGED;
    }
}
