package se.connectbot.core.linking;

import java.time.Duration;
import java.util.Locale;
import se.connectbot.core.chat.ChatUser;

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

    /**
     * The code was exchanged, nothing is linked yet: {@code message} asks the person whether to
     * link the portal user {@code portalName} to the chat user {@code chatUser} (named as the
     * platform calls them), and {@code consequence} says what confirming lets that chat user do;
     * {@code state} identifies the sign-in for {@link AccountLinking#confirm}/{@link AccountLinking#cancel},
     * which accept it only with {@code browserSecret}, to be given to this browser alone and
     * valid for {@code validFor}.
     */
    record AwaitingConfirmation(String state, String portalName, String portalUsername, ChatUser chatUser,
            Locale locale, String message, String consequence, String browserSecret, Duration validFor) implements LinkOutcome {

        @Override
        public String toString() {
            return "AwaitingConfirmation[" + portalUsername + " to " + chatUser + "]";
        }
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
        PORTAL_UNAVAILABLE,
        /** A web chat sign-in came back to a browser other than the one that started it. */
        OTHER_BROWSER,
        /** The person did not confirm the link. */
        CANCELLED,
        /**
         * A confirmation came from a browser other than the one that finished the portal sign-in
         * (a forwarded link's issuer trying to confirm it): refused, and the sign-in ended.
         */
        NOT_CONFIRMING_BROWSER
    }
}
