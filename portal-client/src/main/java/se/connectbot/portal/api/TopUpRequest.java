package se.connectbot.portal.api;

/** The body of a top-up order: which of the offered packages. */
public record TopUpRequest(String packageId) {
}
