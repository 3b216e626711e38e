package se.connectbot.sandbox.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a controller into {@code application/problem+json} (RFC 9457): the
 * API's own refusals, Spring MVC's (bad parameters, unreadable bodies, 404, 405, 415, ...), each
 * 400 with {@code errors: [{field, message}]}, and anything unexpected as a 500 that says
 * nothing of its cause.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://connectbot.se/problems/";
    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> apiException(ApiException ex, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
        problem.setTitle(ex.title());
        problem.setType(URI.create(TYPE_BASE + ex.typeSlug()));
        problem.setInstance(URI.create(request.getRequestURI()));
        if (ex instanceof MissingRightException missing) {
            problem.setProperty("right", missing.right().name());
        }
        if (ex instanceof InvalidInputException invalid) {
            problem.setProperty("errors", invalid.errors());
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (ex instanceof NotSignedInException) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\", error_description=\"unknown or disabled user\"");
        }
        return response.body(problem);
    }

    /** Security's own refusals belong to its filter chain, which answers 401/403 its way. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void securityException(RuntimeException ex) {
        throw ex;
    }

    /**
     * A last line of defence: a value the database refuses as data (SQL state class 22, such
     * as a NUL character) came from the request, so it is bad input, not a failure.
     */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> dataRefused(DataAccessException ex, HttpServletRequest request) {
        if (ex.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
            return apiException(InvalidInputException.of("request", "holds a value the portal cannot store"), request);
        }
        return unexpected(ex, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The portal could not handle the request; try again later");
        problem.setTitle("Internal error");
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && statusCode.value() == HttpStatus.BAD_REQUEST.value()) {
            List<FieldError> errors = RequestErrors.of(ex);
            problem.setType(URI.create(TYPE_BASE + "invalid-input"));
            problem.setTitle("Invalid input");
            problem.setDetail(new InvalidInputException(errors).getMessage());
            problem.setProperty("errors", errors);
        }
        return response;
    }
}
