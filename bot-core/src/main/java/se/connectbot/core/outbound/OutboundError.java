package se.connectbot.core.outbound;

/** Why something could not be sent, as a caller can act on it. */
public enum OutboundError {
    /** The platform asks us to slow down; try again after {@link OutboundException#retryAfter()}. */
    RATE_LIMITED,
    /**
     * The bot may not post there: not in the channel, missing a permission, not installed in the
     * workspace (or its token revoked), or no sender for the platform is configured. Retrying
     * will not help until someone invites or installs the bot.
     */
    NO_ACCESS,
    /** The conversation (or message) no longer exists or is archived: forget the reference. */
    CONVERSATION_GONE,
    /** The reply does not fit (too long for one message, too many blocks, a form where none can go): send less. */
    MESSAGE_TOO_LARGE,
    /** The platform could not be reached or failed; the same request may succeed later. */
    TRANSIENT
}
