package se.connectbot.app.webchat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The chat endpoint's failures as {@code application/problem+json}. The core answers faults in
 * words itself; what reaches here is a request the page would never send, or a bug, which is
 * logged and answered without internals (the page shows its own "something went wrong").
 */
@RestControllerAdvice(assignableTypes = ChatController.class)
@Order(Ordered.LOWEST_PRECEDENCE) // after Spring's own problem details for malformed requests (order 0)
class ChatErrors {

    private static final Logger log = LoggerFactory.getLogger(ChatErrors.class);

    @ExceptionHandler(ChatController.TooLongException.class)
    ProblemDetail tooLong(ChatController.TooLongException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Message too long");
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        return problem;
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail failed(RuntimeException e) {
        log.error("The web chat could not handle a request", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "The bot could not answer.");
        problem.setTitle("Internal error");
        return problem;
    }
}
