package se.connectbot.sandbox.web;

/**
 * One refused input: {@code field} names a query parameter, a header or a body member (dotted
 * for nested members); {@code message} says what was wrong, naming the value where it helps.
 */
public record FieldError(String field, String message) {
}
