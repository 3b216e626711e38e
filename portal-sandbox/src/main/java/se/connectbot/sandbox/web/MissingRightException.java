package se.connectbot.sandbox.web;

import org.springframework.http.HttpStatus;
import se.connectbot.portal.api.Right;

/** 403: the user lacks a right; the problem names it in its {@code right} member. */
public final class MissingRightException extends ApiException {

    private final Right right;

    public MissingRightException(Right right) {
        super(HttpStatus.FORBIDDEN, "Missing right", "This needs the right " + right.name() + ", which the user does not have");
        this.right = right;
    }

    public Right right() {
        return right;
    }

    @Override
    String typeSlug() {
        return "missing-right";
    }
}
