package se.connectbot.core.outbound;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something said unasked could not be sent; {@link #error()} says why, in terms a caller can act
 * on (wait, forget the conversation, send less, give up). The message names the platform's own
 * error for the log and is never shown to a user. Unchecked.
 */
public final class OutboundException extends RuntimeException {

    private final OutboundError error;
    private final @Nullable Duration retryAfter;

    public OutboundException(OutboundError error, String message) {
        this(error, message, null, null);
    }

    public OutboundException(OutboundError error, String message, @Nullable Throwable cause) {
        this(error, message, null, cause);
    }

    private OutboundException(OutboundError error, String message, @Nullable Duration retryAfter, @Nullable Throwable cause) {
        super(message, cause);
        this.error = Objects.requireNonNull(error, "error");
        this.retryAfter = retryAfter;
    }

    /** {@link OutboundError#RATE_LIMITED}, to be tried again no sooner than {@code retryAfter} from now. */
    public static OutboundException rateLimited(Duration retryAfter, String message) {
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative but was " + retryAfter);
        }
        return new OutboundException(OutboundError.RATE_LIMITED, message, retryAfter, null);
    }

    public OutboundError error() {
        return error;
    }

    /** How long to wait before trying again: present for {@link OutboundError#RATE_LIMITED} only. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
