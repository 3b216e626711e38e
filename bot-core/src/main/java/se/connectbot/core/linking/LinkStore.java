package se.connectbot.core.linking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.DisplayNames;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.core.i18n.Language;
import se.connectbot.portal.api.Me;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;

/**
 * The stored pending links and links, with the tokens encrypted. Refreshing holds the link's row
 * lock across the call to the authorization server, so two refreshes at once never both spend
 * the same (rotating) refresh token: the second waits and then uses what the first stored.
 */
@Component
class LinkStore {

    private static final Logger log = LoggerFactory.getLogger(LinkStore.class);
    /** An access token closer than this to its expiry is refreshed before use. */
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final PendingLinkRepository pending;
    private final AccountLinkRepository links;
    private final TokenCipher cipher;
    private final PortalSignIn signIn;
    private final Clock clock;

    LinkStore(PendingLinkRepository pending, AccountLinkRepository links, TokenCipher cipher, PortalSignIn signIn, Clock clock) {
        this.pending = pending;
        this.links = links;
        this.cipher = cipher;
        this.signIn = signIn;
        this.clock = clock;
    }

    @Transactional
    public void addPending(String state, String verifier, ChatUser user, ConversationRef where, DisplayNames names,
                           Language language, Duration validity) {
        Instant now = clock.instant();
        pending.save(new PendingLink(state, user, where, names, language, cipher.encrypt(verifier, "pending_link|" + state),
                now, now.plus(validity)));
    }

    /**
     * Takes a pending link out (each can be used once, even by requests at the same moment), with
     * its decrypted verifier, and its tokens when its code was already exchanged (to revoke them).
     */
    @Transactional
    public Optional<Claimed> claim(String state) {
        return pending.findForUpdate(state).map(p -> {
            pending.delete(p);
            return new Claimed(p, cipher.decrypt(p.verifierEncrypted(), "pending_link|" + state), p.expired(clock.instant()),
                    p.isExchanged() ? tokensOf(p) : null);
        });
    }

    /**
     * Puts a claimed sign-in back, its code exchanged: the portal user and the tokens (encrypted)
     * wait until {@code validity} from now for a confirmation from the browser holding the
     * secret returned (only its hash is stored).
     */
    @Transactional
    public String awaitConfirmation(PendingLink claimed, Me me, SignInTokens tokens, Duration validity) {
        String context = "pending_link|" + claimed.state();
        String refresh = tokens.refreshToken() == null ? null : cipher.encrypt(tokens.refreshToken(), context + "|refresh");
        String id = tokens.idToken() == null ? null : cipher.encrypt(tokens.idToken(), context + "|id");
        String secret = BrowserSecret.random();
        pending.save(claimed.exchanged(me.userId(), me.username(), me.name(), cipher.encrypt(tokens.accessToken(), context + "|access"),
                refresh, id, tokens.expiresAt(), tokens.scope(), BrowserSecret.hash(secret), clock.instant().plus(validity)));
        return secret;
    }

    /**
     * Takes out a sign-in waiting for its confirmation, with its decrypted tokens; empty when
     * there is none for {@code state} (a sign-in not yet exchanged is left alone). It is taken
     * out whichever browser asks, so a confirmation tried from another browser also ends it:
     * whoever holds only the link cannot try again, nor can the person be talked into it later.
     */
    @Transactional
    public Optional<Confirmable> claimConfirmable(String state, @Nullable String browserSecret) {
        return pending.findForUpdate(state).filter(PendingLink::isExchanged).map(p -> {
            pending.delete(p);
            return new Confirmable(p, tokensOf(p), p.expired(clock.instant()), BrowserSecret.matches(browserSecret, p.browserSecretHash()));
        });
    }

    /** The decrypted tokens of an exchanged sign-in. */
    private SignInTokens tokensOf(PendingLink p) {
        String context = "pending_link|" + p.state();
        String refresh = p.refreshTokenEncrypted() == null ? null : cipher.decrypt(p.refreshTokenEncrypted(), context + "|refresh");
        String id = p.idTokenEncrypted() == null ? null : cipher.decrypt(p.idTokenEncrypted(), context + "|id");
        return new SignInTokens(cipher.decrypt(Objects.requireNonNull(p.accessTokenEncrypted()), context + "|access"),
                refresh, Objects.requireNonNull(p.accessExpiresAt()), Objects.requireNonNull(p.tokenScope()), id);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void link(ChatUser user, String portalUserId, String portalUsername, String portalName, SignInTokens tokens) {
        AccountLink link = links.findForUpdate(user.platform(), user.workspaceId(), user.userId())
                .orElseGet(() -> new AccountLink(user, clock.instant()));
        link.portalUser(portalUserId, portalUsername, portalName);
        store(link, tokens, null);
        links.save(link);
    }

    @Transactional(readOnly = true)
    public Optional<AccountLink> find(ChatUser user) {
        return links.findByPlatformAndWorkspaceIdAndUserId(user.platform(), user.workspaceId(), user.userId());
    }

    /** Forgets the link; the decrypted tokens, to revoke them, if there was one. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Forgotten> unlink(ChatUser user) {
        return links.findForUpdate(user.platform(), user.workspaceId(), user.userId()).map(link -> {
            links.delete(link);
            String refresh = link.refreshTokenEncrypted() == null ? null : cipher.decrypt(link.refreshTokenEncrypted(), link.context());
            String id = link.idTokenEncrypted() == null ? null : cipher.decrypt(link.idTokenEncrypted(), link.context() + "|id");
            return new Forgotten(link.portalUsername(), cipher.decrypt(link.accessTokenEncrypted(), link.context()), refresh, id);
        });
    }

    /**
     * A usable access token. {@code rejected} is a token the portal just refused (401), or null;
     * when another caller already replaced it, theirs is returned without refreshing again.
     * A refused refresh token forgets the link, so the user is asked to sign in again.
     */
    // its own transaction: a rotated refresh token must be kept even when the caller's work rolls back
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = PortalException.class)
    public String accessToken(ChatUser user, @Nullable String rejected) {
        AccountLink link = links.findForUpdate(user.platform(), user.workspaceId(), user.userId())
                .orElseThrow(() -> new PortalException(PortalError.NOT_SIGNED_IN, "the account link is gone"));
        String current = cipher.decrypt(link.accessTokenEncrypted(), link.context());
        boolean fresh = link.accessExpiresAt().isAfter(clock.instant().plus(SKEW));
        if (fresh && !Objects.equals(current, rejected)) {
            return current;
        }
        return refresh(link);
    }

    private String refresh(AccountLink link) {
        if (link.refreshTokenEncrypted() == null) {
            links.delete(link);
            throw new PortalException(PortalError.NOT_SIGNED_IN, "the access token expired and there is no refresh token");
        }
        SignInTokens tokens;
        try {
            tokens = signIn.refresh(cipher.decrypt(link.refreshTokenEncrypted(), link.context()));
        } catch (PortalException e) {
            if (e.error() == PortalError.NOT_SIGNED_IN) {
                log.info("Refresh refused for {}: the link is forgotten and the user must sign in again", link.portalUsername());
                links.delete(link);
            }
            throw e;
        }
        store(link, tokens, link.refreshTokenEncrypted());
        return tokens.accessToken();
    }

    private void store(AccountLink link, SignInTokens tokens, @Nullable String previousRefreshEncrypted) {
        String refresh = tokens.refreshToken() == null ? previousRefreshEncrypted : cipher.encrypt(tokens.refreshToken(), link.context());
        link.tokens(cipher.encrypt(tokens.accessToken(), link.context()), refresh, tokens.expiresAt(), tokens.scope(), clock.instant());
        link.idToken(tokens.idToken() == null ? null : cipher.encrypt(tokens.idToken(), link.context() + "|id"));
    }

    /**
     * Forgets the sign-ins whose time ran out; returns the tokens of those whose code was
     * exchanged but never confirmed, to revoke, and how many were forgotten in all.
     */
    @Transactional
    public Purged purgePending() {
        Instant now = clock.instant();
        List<SignInTokens> unconfirmed = new ArrayList<>();
        for (PendingLink p : pending.findExpiredExchangedForUpdate(now)) {
            pending.delete(p);
            unconfirmed.add(tokensOf(p));
        }
        pending.flush();
        return new Purged(unconfirmed, unconfirmed.size() + pending.deleteExpired(now));
    }

    /**
     * A claimed pending link with its verifier; {@code expired} when it came too late;
     * {@code exchangedTokens} when its code had already been exchanged, else null.
     */
    record Claimed(PendingLink link, String verifier, boolean expired, @Nullable SignInTokens exchangedTokens) {
    }

    /** What {@link #purgePending} forgot: the tokens of unconfirmed sign-ins, and how many sign-ins in all. */
    record Purged(List<SignInTokens> unconfirmedTokens, int count) {
    }

    /**
     * An exchanged sign-in taken out for its confirmation; {@code expired} when it came too late,
     * {@code sameBrowser} when it came from the browser that finished the portal sign-in.
     */
    record Confirmable(PendingLink link, SignInTokens tokens, boolean expired, boolean sameBrowser) {
    }

    /** A forgotten link's portal user and tokens, to revoke; its ID token, to end the portal session. */
    record Forgotten(String portalUsername, String accessToken, @Nullable String refreshToken, @Nullable String idToken) {
    }
}
