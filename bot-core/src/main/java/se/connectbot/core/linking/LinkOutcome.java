package se.connectbot.core.linking;

import java.util.Locale;

/**
 * How a sign-in ended, for the bot's OAuth callback page: {@code locale} is the chat user's
 * language and {@code message} a ready sentence in it ("You are signed in as Anna Lindqvist,
 * go back to the chat.").
 */
public sealed interface LinkOutcome {

    Locale locale();

    String message();

    /** The chat user is now linked to the portal user {@code portalName}. */
    record Linked(String portalName, String portalUsername, Locale locale, String message) implements LinkOutcome {
    }

    /** Nothing was linked, for {@code reason}. */
    record Failed(Reason reason, Locale locale, String message) implements LinkOutcome {
    }

    /** Why a sign-in failed. */
    enum Reason {
        /** The state is unknown or already used (an old or forged link). */
        UNKNOWN_STATE,
        /** The sign-in link was older than its validity. */
        EXPIRED,
        /** The portal refused the code, or the user declined. */
        REFUSED,
        /** The portal could not be reached. */
        PORTAL_UNAVAILABLE
    }
}
