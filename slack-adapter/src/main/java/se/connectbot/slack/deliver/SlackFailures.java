package se.connectbot.slack.deliver;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;

/**
 * Slack's failures in the core's terms: a Web API call made and its answer checked, or an
 * {@link OutboundException} whose code says what the caller can do about it. Stateless.
 */
final class SlackFailures {

    /** When Slack says {@code ratelimited} in the body (no header to read), or names no wait. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private static final Map<String, OutboundError> ERRORS = Map.ofEntries(
            Map.entry("ratelimited", OutboundError.RATE_LIMITED),
            Map.entry("not_in_channel", OutboundError.NO_ACCESS),
            Map.entry("missing_scope", OutboundError.NO_ACCESS),
            Map.entry("not_authed", OutboundError.NO_ACCESS),
            Map.entry("invalid_auth", OutboundError.NO_ACCESS),
            Map.entry("account_inactive", OutboundError.NO_ACCESS),
            Map.entry("token_revoked", OutboundError.NO_ACCESS),
            Map.entry("token_expired", OutboundError.NO_ACCESS),
            Map.entry("no_permission", OutboundError.NO_ACCESS),
            Map.entry("restricted_action", OutboundError.NO_ACCESS),
            Map.entry("cant_update_message", OutboundError.NO_ACCESS),
            Map.entry("channel_not_found", OutboundError.CONVERSATION_GONE),
            Map.entry("is_archived", OutboundError.CONVERSATION_GONE),
            Map.entry("message_not_found", OutboundError.CONVERSATION_GONE),
            Map.entry("thread_not_found", OutboundError.CONVERSATION_GONE),
            Map.entry("user_not_found", OutboundError.CONVERSATION_GONE),
            Map.entry("user_disabled", OutboundError.CONVERSATION_GONE),
            Map.entry("msg_too_long", OutboundError.MESSAGE_TOO_LARGE),
            Map.entry("msg_blocks_too_long", OutboundError.MESSAGE_TOO_LARGE),
            Map.entry("invalid_blocks", OutboundError.MESSAGE_TOO_LARGE),
            Map.entry("too_many_attachments", OutboundError.MESSAGE_TOO_LARGE));

    private SlackFailures() {
    }

    /** Makes the call; Slack's refusal or failure becomes an {@link OutboundException}. */
    static <T extends SlackApiTextResponse> T check(String method, Call<T> call) {
        T response;
        try {
            response = call.run();
        } catch (SlackApiException e) {
            throw failed(method, e);
        } catch (IOException e) {
            throw new OutboundException(OutboundError.TRANSIENT, method + " failed: " + e.getMessage(), e);
        }
        if (!response.isOk()) {
            throw refused(method, response.getError());
        }
        return response;
    }

    /** Slack answered {@code ok: false}: the code names why; one we do not know may pass. */
    static OutboundException refused(String method, @Nullable String error) {
        OutboundError code = ERRORS.getOrDefault(error, OutboundError.TRANSIENT);
        String message = method + " refused: " + error;
        return code == OutboundError.RATE_LIMITED ? OutboundException.rateLimited(DEFAULT_WAIT, message) : new OutboundException(code, message);
    }

    /** An HTTP error: a 429 still there after {@link RetryAfterInterceptor} waited, or a failure with an error body. */
    private static OutboundException failed(String method, SlackApiException e) {
        if (e.getResponse().code() == 429) {
            return OutboundException.rateLimited(retryAfter(e.getResponse().header("Retry-After")),
                    method + " rate-limited (HTTP 429)");
        }
        if (e.getError() != null && e.getError().getError() != null) {
            return refused(method, e.getError().getError());
        }
        return new OutboundException(OutboundError.TRANSIENT, method + " failed: HTTP " + e.getResponse().code(), e);
    }

    static Duration retryAfter(@Nullable String header) {
        try {
            return header == null ? DEFAULT_WAIT : Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return DEFAULT_WAIT;
        }
    }

    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException, SlackApiException;
    }
}
