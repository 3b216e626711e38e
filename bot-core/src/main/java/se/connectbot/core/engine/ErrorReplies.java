package se.connectbot.core.engine;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.command.SignInRequired;
import se.connectbot.core.dialog.Dialogs;
import se.connectbot.core.linking.SignInPrompt;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.rights.Refusals;
import se.connectbot.portal.api.PortalException;

/**
 * The one place that turns a failure into words in the user's language: a missing sign-in, any
 * {@link PortalException} by its code (a 403 names the missing right), and anything else as a
 * logged, contained fault. Never throws.
 */
@Component
class ErrorReplies {

    private static final Logger log = LoggerFactory.getLogger(ErrorReplies.class);

    private final SignInPrompt signIn;
    private final Dialogs dialogs;

    ErrorReplies(SignInPrompt signIn, Dialogs dialogs) {
        this.signIn = signIn;
        this.dialogs = dialogs;
    }

    Reply reply(CommandRequest request, RuntimeException failure) {
        try {
            if (failure instanceof SignInRequired) {
                return signIn.reply(request, "login.needed");
            }
            if (failure instanceof PortalException portal) {
                return portal(request, portal);
            }
            log.error("A handler failed for {} on {}", request.user(), request.inbound().payload().getClass().getSimpleName(), failure);
            return error(request.text("error.internal"));
        } catch (RuntimeException again) {
            log.error("Could not even explain a failure", again);
            return error(request.text("error.internal"));
        }
    }

    private Reply portal(CommandRequest request, PortalException e) {
        switch (e.error()) {
            case NOT_SIGNED_IN:
                return signIn.reply(request, dialogKept(request) ? "login.expired.dialog.kept" : "login.expired");
            case FORBIDDEN:
                return Refusals.refuse(request.messages(), e.missingRight());
            case NOT_FOUND:
                return error(request.text("error.not.found"));
            case INVALID_INPUT:
                return error(e.field() == null ? request.text("error.invalid") : request.text("error.invalid.field", e.field()));
            case CONFLICT:
                return error(request.text("error.conflict"));
            case RATE_LIMITED:
                return error(request.text("error.rate.limited", seconds(e.retryAfter())));
            default:
                log.warn("The portal is unavailable: {}", e.getMessage());
                return error(request.text("error.unavailable"));
        }
    }

    private boolean dialogKept(CommandRequest request) {
        try {
            return dialogs.hasActive(request);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static long seconds(@org.jspecify.annotations.Nullable Duration retryAfter) {
        return retryAfter == null ? 30 : Math.max(1, retryAfter.toSeconds());
    }

    private static Reply error(String text) {
        return Reply.of(new Block.Text(text, Block.Tone.ERROR));
    }
}
