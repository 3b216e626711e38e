package se.connectbot.sandbox.web;

import org.springframework.http.HttpStatus;

/** 401: the token names no known, enabled portal user. */
public final class NotSignedInException extends ApiException {

    public NotSignedInException(String detail) {
        super(HttpStatus.UNAUTHORIZED, "Not signed in", detail);
    }

    @Override
    String typeSlug() {
        return "not-signed-in";
    }
}
