/**
 * Idempotency-Key handling for the API's writes: per user and key, the first request does the
 * work; a repeat of the same request gets the same result; another request under the same key
 * is refused with 409.
 */
@NullMarked
package se.connectbot.sandbox.idempotency;

import org.jspecify.annotations.NullMarked;
