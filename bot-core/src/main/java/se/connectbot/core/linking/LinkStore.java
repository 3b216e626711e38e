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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
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
 * The stored pending links and links, with the tokens encrypted. Refreshing takes a lease on the
 * link (not its row lock, held across the call to the authorization server), so two refreshes at
 * once never both spend the same (rotating) refresh token: the second waits and then uses what the
 * first stored.
 */
@Component
class LinkStore {

    private static final Logger log = LoggerFactory.getLogger(LinkStore.class);
    /** An access token closer than this to its expiry is refreshed before use. */
    private static final Duration SKEW = Duration.ofSeconds(30);
    /** Longest a refresh may be under way before another caller may take it: well beyond the sign-in client's timeouts. */
    private static final Duration REFRESH_LEASE = Duration.ofSeconds(30);
    /** How often a caller waiting for another's refresh looks whether it is stored. */
    private static final Duration REFRESH_POLL = Duration.ofMillis(50);

    private final PendingLinkRepository pending;
    private final AccountLinkRepository links;
    private final TokenCipher cipher;
    private final PortalSignIn signIn;
    private final Clock clock;
    private final TransactionTemplate ownTransactions;

    LinkStore(PendingLinkRepository pending, AccountLinkRepository links, TokenCipher cipher, PortalSignIn signIn, Clock clock,
              PlatformTransactionManager transactions) {
        this.pending = pending;
        this.links = links;
        this.cipher = cipher;
        this.signIn = signIn;
        this.clock = clock;
        this.ownTransactions = new TransactionTemplate(transactions);
        this.ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
     * <p>
     * Holds no transaction while the authorization server answers: the refresh is taken with a
     * lease on the link in one short transaction, made, and stored in another; callers that find
     * the lease taken wait for it and use what it stored, so a rotating refresh token is spent
     * once. Each transaction is its own: a rotated refresh token is kept even when the caller's
     * work rolls back.
     */
    public String accessToken(ChatUser user, @Nullable String rejected) {
        long waitUntil = System.nanoTime() + REFRESH_LEASE.plus(REFRESH_LEASE).toNanos();
        while (true) {
            RefreshStep step = Objects.requireNonNull(ownTransactions.execute(status -> nextStep(user, rejected)));
            switch (step) {
                case RefreshStep.Use(String token) -> {
                    return token;
                }
                case RefreshStep.Gone(String why) -> throw new PortalException(PortalError.NOT_SIGNED_IN, why);
                case RefreshStep.Refresh refresh -> {
                    return refresh(user, refresh);
                }
                case RefreshStep.Wait _ -> {
                    if (System.nanoTime() - waitUntil > 0) {
                        throw new PortalException(PortalError.UNAVAILABLE, "another refresh of the token did not finish");
                    }
                    pause();
                }
            }
        }
    }

    /** Under the link's row lock, briefly: use the token, wait for another caller's refresh, or take the refresh. */
    private RefreshStep nextStep(ChatUser user, @Nullable String rejected) {
        Optional<AccountLink> found = links.findForUpdate(user.platform(), user.workspaceId(), user.userId());
        if (found.isEmpty()) {
            return new RefreshStep.Gone("the account link is gone");
        }
        AccountLink link = found.get();
        Instant now = clock.instant();
        String current = cipher.decrypt(link.accessTokenEncrypted(), link.context());
        boolean fresh = link.accessExpiresAt().isAfter(now.plus(SKEW));
        if (fresh && !Objects.equals(current, rejected)) {
            return new RefreshStep.Use(current);
        }
        if (link.refreshing(now)) {
            return new RefreshStep.Wait();
        }
        if (link.refreshTokenEncrypted() == null) {
            links.delete(link);
            return new RefreshStep.Gone("the access token expired and there is no refresh token");
        }
        link.refreshingUntil(now.plus(REFRESH_LEASE));
        links.save(link);
        return new RefreshStep.Refresh(cipher.decrypt(link.refreshTokenEncrypted(), link.context()), link.refreshTokenEncrypted());
    }

    /** Makes the refresh this caller took, with no transaction open, then stores its outcome and gives the lease back. */
    private String refresh(ChatUser user, RefreshStep.Refresh taken) {
        SignInTokens tokens;
        try {
            tokens = signIn.refresh(taken.refreshToken());
        } catch (PortalException e) {
            ownTransactions.executeWithoutResult(status -> links.findForUpdate(user.platform(), user.workspaceId(), user.userId())
                    .ifPresent(link -> {
                        if (e.error() == PortalError.NOT_SIGNED_IN && Objects.equals(link.refreshTokenEncrypted(), taken.sealed())) {
                            log.info("Refresh refused for {}: the link is forgotten and the user must sign in again", link.portalUsername());
                            links.delete(link);
                        } else {
                            link.refreshingUntil(null);
                            links.save(link);
                        }
                    }));
            throw e;
        }
        Boolean stored = ownTransactions.execute(status -> links.findForUpdate(user.platform(), user.workspaceId(), user.userId())
                .map(link -> {
                    store(link, tokens, taken.sealed());
                    link.refreshingUntil(null);
                    links.save(link);
                    return true;
                }).orElse(false));
        if (!Boolean.TRUE.equals(stored)) {
            revokeQuietly(tokens); // signed out meanwhile: the new tokens must not outlive the link
            throw new PortalException(PortalError.NOT_SIGNED_IN, "the account link went while its token was refreshed");
        }
        return tokens.accessToken();
    }

    private void revokeQuietly(SignInTokens tokens) {
        try {
            if (tokens.refreshToken() != null) {
                signIn.revoke(tokens.refreshToken());
            }
            signIn.revoke(tokens.accessToken());
        } catch (RuntimeException e) {
            log.warn("Could not revoke the tokens of a link that went while they were refreshed: {}", e.toString());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(REFRESH_POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalException(PortalError.UNAVAILABLE, "interrupted while waiting for another refresh of the token");
        }
    }

    /** What a caller of {@link #accessToken} does next. */
    private sealed interface RefreshStep {

        record Use(String token) implements RefreshStep {
        }

        record Gone(String why) implements RefreshStep {
        }

        record Wait() implements RefreshStep {
        }

        /** This caller refreshes: with {@code refreshToken}, stored as {@code sealed}. */
        record Refresh(String refreshToken, String sealed) implements RefreshStep {
        }
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
