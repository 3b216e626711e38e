package se.connectbot.portal.api;

/** What went wrong with a portal call, coarse enough to explain to a chat user. */
public enum PortalError {
    /** No valid sign-in: the user must sign in (again). */
    NOT_SIGNED_IN,
    /** The user lacks a right, named by {@link PortalException#missingRight()} where the portal says. */
    FORBIDDEN,
    NOT_FOUND,
    /** The input was refused; {@link PortalException#field()} names the field where the portal says. */
    INVALID_INPUT,
    /** The request clashes with the current state (e.g. an idempotency key reused with another body). */
    CONFLICT,
    /** Too many requests; {@link PortalException#retryAfter()} says when to try again. */
    RATE_LIMITED,
    /** The portal is down, slow or answered nonsense. */
    UNAVAILABLE
}
