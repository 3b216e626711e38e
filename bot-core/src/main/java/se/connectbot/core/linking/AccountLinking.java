package se.connectbot.core.linking;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.DisplayNames;
import se.connectbot.portal.api.UserTokens;

/**
 * Links chat users to portal users, in two steps so a sign-in link cannot link someone else's
 * portal account to the chat user who asked for it: the bot-app's
 * {@code GET /oauth/callback?code&state} calls {@link #exchange} (or {@link #decline} when the
 * portal sends {@code error}), which only stores the tokens, and nothing is linked until
 * {@link #confirm} — at once for the web chat's own browser, after the person's explicit
 * "yes" on a confirmation page for a link handed out in a chat. Thread-safe.
 */
public interface AccountLinking {

    /**
     * Starts a sign-in: stores a pending link (state, PKCE verifier, who, where, what the
     * platform calls the user; valid for {@code connectbot.sign-in-validity}) and returns the
     * portal's authorize URL for it.
     */
    URI signInUrl(ChatUser user, ConversationRef where, Locale locale, DisplayNames names);

    /** {@link #signInUrl(ChatUser, ConversationRef, Locale, DisplayNames)} for a user whose names the platform did not tell. */
    default URI signInUrl(ChatUser user, ConversationRef where, Locale locale) {
        return signInUrl(user, where, locale, DisplayNames.unknown());
    }

    /**
     * Exchanges the code and reads the portal user; the tokens wait (encrypted) with the pending
     * sign-in for {@link #confirm}, for {@code connectbot.sign-in-confirm-validity}. A web chat
     * sign-in is refused, before anything is exchanged, unless {@code sameBrowser}: the callback
     * arrived in the browser session that started it.
     *
     * @return {@link LinkOutcome.AwaitingConfirmation} (asking whether to link whom to whom, with
     *     the one-time secret that the browser at hand must present to confirm), or
     *     {@link LinkOutcome.Failed}; never {@link LinkOutcome.Linked}
     */
    LinkOutcome exchange(String state, String code, boolean sameBrowser);

    /**
     * Links the chat user of an exchanged sign-in to its portal user, if {@code browserSecret} is
     * the secret that {@link #exchange} gave the browser that signed in: Linked, or Failed
     * (unknown, used or expired state; another browser — which also ends the sign-in).
     */
    LinkOutcome confirm(String state, @Nullable String browserSecret);

    /**
     * Forgets an exchanged sign-in without linking (revoking its tokens): Failed with CANCELLED,
     * or with UNKNOWN_STATE or NOT_CONFIRMING_BROWSER (ended all the same).
     */
    LinkOutcome cancel(String state, @Nullable String browserSecret);

    /** The user declined at the portal (or it sent an error): forgets the pending link. */
    LinkOutcome decline(String state, String error);

    Optional<LinkedAccount> find(ChatUser user);

    /**
     * The linked user's tokens for the portal client, refreshed when needed (the rotated refresh
     * token taken with a lease on the link and persisted, so it is spent once; no lock is held while the
     * authorization server answers).
     *
     * @throws se.connectbot.core.command.SignInRequired when the chat user is not linked
     */
    UserTokens tokens(ChatUser user);

    /** Revokes the tokens at the portal (best effort) and forgets the link; false when there was none. */
    boolean unlink(ChatUser user);

    /**
     * Signs the user out: {@link #unlink}, and where to send their browser so that the portal
     * session the sign-in made ends too (OpenID Connect RP-initiated logout), coming back to
     * {@code afterSignOut}; empty when there was no link, the portal gave no ID token or has no
     * such endpoint. For a page the person has open in their browser (the web chat).
     */
    Optional<URI> signOut(ChatUser user, URI afterSignOut);

    /** Forgets sign-ins never completed in time; how many. */
    int purgeExpiredSignIns();
}
