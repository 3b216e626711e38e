package se.connectbot.core.linking;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.portal.api.UserTokens;

/**
 * Links chat users to portal users. The bot-app's {@code GET /oauth/callback?code&state}
 * calls {@link #complete} (or {@link #decline} when the portal sends {@code error} instead of a
 * code) and shows the outcome's message. Thread-safe.
 */
public interface AccountLinking {

    /**
     * Starts a sign-in: stores a pending link (state, PKCE verifier, who, where; valid for
     * {@code connectbot.sign-in-validity}) and returns the portal's authorize URL for it.
     */
    URI signInUrl(ChatUser user, ConversationRef where, Locale locale);

    /** Finishes a sign-in: exchanges the code, reads the portal user and stores the link. */
    LinkOutcome complete(String state, String code);

    /** The user declined at the portal (or it sent an error): forgets the pending link. */
    LinkOutcome decline(String state, String error);

    Optional<LinkedAccount> find(ChatUser user);

    /**
     * The linked user's tokens for the portal client, refreshed when needed (the rotated refresh
     * token persisted under a row lock).
     *
     * @throws se.connectbot.core.command.SignInRequired when the chat user is not linked
     */
    UserTokens tokens(ChatUser user);

    /** Revokes the tokens at the portal (best effort) and forgets the link; false when there was none. */
    boolean unlink(ChatUser user);

    /** Forgets sign-ins never completed in time; how many. */
    int purgeExpiredSignIns();
}
