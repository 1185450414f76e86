package dev.fixpoint.server;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;

/**
 * Every error that reaches the servlet container's error page (401, 403, 404, 405, 400, 500...): the API answers it as
 * a problem document (RFC 9457, {@code application/problem+json}) with a {@code detail} that says what went wrong, and
 * a page gets the branded error page with the navigation and a way back. Replaces Spring Boot's own error controller,
 * whose JSON differs from the problem documents the API's handlers write.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ErrorAttributes attributes;

    ErrorPages(ErrorAttributes attributes) {
        this.attributes = attributes;
    }

    /** A ResponseEntity for the API, a ModelAndView for pages. */
    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (path.startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, apiDetail(status, request));
            problem.setInstance(URI.create(path));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("title", pageTitle(status));
        page.addObject("message", pageMessage(status));
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** What went wrong, for a client of the API; never an exception's message for a 500, which could hold internals. */
    private String apiDetail(HttpStatus status, HttpServletRequest request) {
        Throwable error = attributes.getError(new ServletWebRequest(request));
        if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
            return "The server failed to answer this request; the failure is logged. Try again, and tell your administrator if it keeps happening.";
        }
        if (status == HttpStatus.UNAUTHORIZED) {
            Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
            String why = message instanceof String text && !text.isBlank() ? text + ": " : "";
            return why + "sign in, or send a personal API token as 'Authorization: Bearer fp_...' (create one on the Account page).";
        }
        if (status == HttpStatus.FORBIDDEN) {
            return request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException
                    ? "The request has no valid CSRF token: a session's requests that change something must send the token of its pages"
                        + " (header X-CSRF-TOKEN), or authenticate with a personal API token instead."
                    : "Your account's role may not do this.";
        }
        if (error instanceof NoResourceFoundException) {
            return "There is no such endpoint: " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                    + ". The API is described at /api/v1/openapi.json.";
        }
        if (error instanceof HttpRequestMethodNotSupportedException unsupported) {
            return "This endpoint does not answer " + unsupported.getMethod() + "; it answers " + unsupported.getSupportedHttpMethods() + ".";
        }
        if (error instanceof HttpMessageNotReadableException) {
            return "The request body is missing or is not valid JSON of the shape this endpoint takes (see /api/v1/openapi.json).";
        }
        if (error instanceof ErrorResponse response && response.getBody().getDetail() != null) {
            return response.getBody().getDetail();
        }
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        return message instanceof String text && !text.isBlank() ? text : status.getReasonPhrase();
    }

    private static String pageTitle(HttpStatus status) {
        return switch (status) {
            case FORBIDDEN -> "You may not open this page";
            case NOT_FOUND -> "There is no such page";
            case INTERNAL_SERVER_ERROR -> "Something went wrong";
            default -> status.getReasonPhrase();
        };
    }

    private static String pageMessage(HttpStatus status) {
        return switch (status) {
            case FORBIDDEN -> "Your account's role does not include this page. If you need it, ask your administrator.";
            case NOT_FOUND -> "The link may be mistyped, or what it pointed to no longer exists.";
            case INTERNAL_SERVER_ERROR -> "The server failed to show this page; the failure is logged. Try again in a moment, "
                    + "and tell your administrator if it keeps happening.";
            default -> "The server could not answer this request.";
        };
    }
}
