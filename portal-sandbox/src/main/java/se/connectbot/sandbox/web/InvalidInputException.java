package se.connectbot.sandbox.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** 400: one or more inputs were refused; each is listed in the problem's {@code errors}. */
public final class InvalidInputException extends ApiException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, "Invalid input", describe(errors));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder detail = new StringBuilder();
        for (FieldError error : errors) {
            detail.append(detail.length() == 0 ? "" : "; ").append(error.field()).append(": ").append(error.message());
        }
        return detail.toString();
    }

    @Override
    String typeSlug() {
        return "invalid-input";
    }
}
