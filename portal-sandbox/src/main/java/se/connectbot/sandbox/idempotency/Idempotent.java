package se.connectbot.sandbox.idempotency;

/**
 * The result of an idempotent write.
 *
 * @param created true when this request did the work, false for a repeat answered with the
 *                first request's result
 */
public record Idempotent<T>(T result, boolean created) {
}
