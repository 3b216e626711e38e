package se.connectbot.portal.api;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A failed portal call, with a code to explain it by and, where known, the detail. */
public class PortalException extends RuntimeException {

    private final PortalError error;
    private final @Nullable Right missingRight;
    private final @Nullable String field;
    private final @Nullable Duration retryAfter;

    public PortalException(PortalError error, String message) {
        this(error, message, null, null, null, null);
    }

    public PortalException(PortalError error, String message, @Nullable Right missingRight,
            @Nullable String field, @Nullable Duration retryAfter, @Nullable Throwable cause) {
        super(error + ": " + message, cause);
        this.error = error;
        this.missingRight = missingRight;
        this.field = field;
        this.retryAfter = retryAfter;
    }

    public PortalError error() {
        return error;
    }

    public @Nullable Right missingRight() {
        return missingRight;
    }

    public @Nullable String field() {
        return field;
    }

    public @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
