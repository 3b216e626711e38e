package se.connectbot.slack.deliver;

/** A post to Slack that could not be made, with why. */
public final class SlackDeliveryException extends RuntimeException {

    /** Why a post failed. */
    public enum Reason {
        /** The app is not installed in that workspace (or its token was revoked). */
        NOT_INSTALLED,
        /** Slack answered with an error ({@code ok: false}), named in the message. */
        REJECTED,
        /** Slack could not be reached, or kept rate-limiting us. */
        UNREACHABLE,
        /** The reply cannot go this way (too long for one updatable message, or a form in a channel post). */
        UNSUITABLE
    }

    private final Reason reason;

    public SlackDeliveryException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public SlackDeliveryException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
