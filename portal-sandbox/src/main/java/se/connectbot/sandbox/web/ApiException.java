package se.connectbot.sandbox.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal the API answers with a problem document; the subclasses fix the status. Thrown
 * anywhere below a controller, translated in one place ({@link ProblemAdvice}).
 */
public abstract sealed class ApiException extends RuntimeException
        permits NotFoundException, MissingRightException, InsufficientScopeException, ConflictException,
        InvalidInputException, NotSignedInException {

    private final HttpStatus status;
    private final String title;

    ApiException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The last path segment of the problem's type URI. */
    abstract String typeSlug();
}
