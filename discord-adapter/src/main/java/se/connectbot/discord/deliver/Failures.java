package se.connectbot.discord.deliver;

import java.time.Duration;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;

/** Discord's refusals as the core's {@link OutboundError}s. */
final class Failures {

    private Failures() {
    }

    static OutboundException of(RuntimeException e) {
        Throwable cause = e.getCause() != null && !(e instanceof ErrorResponseException) ? e.getCause() : e;
        if (cause instanceof RateLimitedException limited) {
            return OutboundException.rateLimited(Duration.ofMillis(Math.max(0, limited.getRetryAfter())), "Discord rate limit: " + limited.getMessage());
        }
        if (!(cause instanceof ErrorResponseException error)) {
            return new OutboundException(OutboundError.TRANSIENT, "Discord could not be reached: " + cause, e);
        }
        String what = "Discord said " + error.getErrorCode() + " " + error.getMeaning();
        return switch (error.getErrorResponse()) {
            case MISSING_ACCESS, MISSING_PERMISSIONS, CANNOT_SEND_TO_USER, UNKNOWN_GUILD, UNKNOWN_USER ->
                    new OutboundException(OutboundError.NO_ACCESS, what, e);
            case UNKNOWN_CHANNEL, UNKNOWN_MESSAGE, THREAD_LOCKED -> new OutboundException(OutboundError.CONVERSATION_GONE, what, e);
            case INVALID_FORM_BODY, REQUEST_ENTITY_TOO_LARGE, FILE_UPLOAD_MAX_SIZE_EXCEEDED, MESSAGE_BLOCKED_BY_AUTOMOD ->
                    new OutboundException(OutboundError.MESSAGE_TOO_LARGE, what, e);
            default -> status(error, what, e);
        };
    }

    private static OutboundException status(ErrorResponseException error, String what, RuntimeException e) {
        int status = error.getResponse() == null ? 0 : error.getResponse().code;
        if (status == 401 || status == 403) {
            return new OutboundException(OutboundError.NO_ACCESS, what, e);
        }
        if (status == 404) {
            return new OutboundException(OutboundError.CONVERSATION_GONE, what, e);
        }
        return new OutboundException(OutboundError.TRANSIENT, what, e);
    }
}
