package se.connectbot.sandbox.web;

import org.springframework.http.HttpStatus;

/**
 * 404: the thing does not exist, or lies outside the caller's scope; the two are answered alike
 * so that a user cannot learn what exists beyond their accounts.
 */
public final class NotFoundException extends ApiException {

    public NotFoundException(String what, String id) {
        super(HttpStatus.NOT_FOUND, "Not found", what + " '" + id + "' was not found");
    }

    @Override
    String typeSlug() {
        return "not-found";
    }
}
