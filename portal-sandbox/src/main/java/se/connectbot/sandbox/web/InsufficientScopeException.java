package se.connectbot.sandbox.web;

import org.springframework.http.HttpStatus;

/** 403: the token was not granted the OAuth scope the endpoint needs. */
public final class InsufficientScopeException extends ApiException {

    public InsufficientScopeException(String scope) {
        super(HttpStatus.FORBIDDEN, "Insufficient scope", "This needs a token with the scope '" + scope + "'");
    }

    @Override
    String typeSlug() {
        return "insufficient-scope";
    }
}
