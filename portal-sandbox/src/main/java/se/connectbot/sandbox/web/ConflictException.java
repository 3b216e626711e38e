package se.connectbot.sandbox.web;

import org.springframework.http.HttpStatus;

/** 409: the request is well-formed but clashes with the current state. */
public final class ConflictException extends ApiException {

    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT, "Conflict", detail);
    }

    @Override
    String typeSlug() {
        return "conflict";
    }
}
