package se.connectbot.core.linking;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.connectbot.core.audit.AuditAction;
import se.connectbot.core.audit.AuditEntry;
import se.connectbot.core.audit.AuditLog;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.DisplayNames;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.command.SignInRequired;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.portal.api.Me;
import se.connectbot.portal.api.PortalApi;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.UserTokens;

/** {@link AccountLinking} on PostgreSQL and the portal's authorization server. Thread-safe. */
@Component
class DefaultAccountLinking implements AccountLinking {

    private static final Logger log = LoggerFactory.getLogger(DefaultAccountLinking.class);

    private final LinkStore store;
    private final PortalSignIn signIn;
    private final PortalApi portal;
    private final LinkingProperties properties;
    private final AuditLog audit;
    private final SignedInNotice signedIn;

    DefaultAccountLinking(LinkStore store, PortalSignIn signIn, PortalApi portal, LinkingProperties properties, AuditLog audit,
            SignedInNotice signedIn) {
        this.store = store;
        this.signIn = signIn;
        this.portal = portal;
        this.properties = properties;
        this.audit = audit;
        this.signedIn = signedIn;
    }

    @Override
    public URI signInUrl(ChatUser user, ConversationRef where, Locale locale, DisplayNames names) {
        String state = Pkce.randomToken();
        String verifier = Pkce.randomToken();
        Language language = Language.of(locale).orElse(Language.DEFAULT);
        store.addPending(state, verifier, user, where, names, language, properties.signInValidity());
        URI authorize = signIn.authorizeUrl(state, Pkce.challenge(verifier), properties.redirectUri(),
                new LinkedHashSet<>(properties.signInScopes()));
        return withUiLocales(authorize, language);
    }

    /** OpenID Connect's {@code ui_locales}, so that the portal's login page speaks the language the bot speaks to this user. */
    static URI withUiLocales(URI authorize, Language language) {
        String url = authorize.toString();
        return URI.create(url + (url.contains("?") ? "&" : "?") + "ui_locales=" + language.code());
    }

    @Override
    public LinkOutcome exchange(String state, String code, boolean sameBrowser) {
        Optional<LinkStore.Claimed> claimed = store.claim(state);
        if (claimed.isEmpty() || claimed.get().exchangedTokens() != null) {
            // a replayed callback ends a sign-in waiting for its confirmation: nobody may use its tokens any more
            claimed.map(LinkStore.Claimed::exchangedTokens).ifPresent(this::revokeQuietly);
            return failed(LinkOutcome.Reason.UNKNOWN_STATE, Language.DEFAULT);
        }
        PendingLink pending = claimed.get().link();
        if (claimed.get().expired()) {
            return failed(LinkOutcome.Reason.EXPIRED, pending.language());
        }
        if (pending.user().platform() == Platform.WEB && !sameBrowser) {
            log.info("A web chat sign-in came back to another browser; refused, nothing exchanged");
            return failed(LinkOutcome.Reason.OTHER_BROWSER, pending.language());
        }
        try {
            SignInTokens tokens = signIn.exchangeCode(code, claimed.get().verifier(), properties.redirectUri());
            Me me = portal.forUser(new FixedTokens(tokens.accessToken())).me();
            String secret = store.awaitConfirmation(pending, me, tokens, properties.signInConfirmValidity());
            Messages messages = Messages.of(pending.language());
            String identity = identity(messages, pending);
            return new LinkOutcome.AwaitingConfirmation(state, me.name(), me.username(), pending.user(),
                    pending.language().locale(), messages.get("link.confirm.question", me.name(), identity),
                    messages.get("link.confirm.consequence", identity, me.name()), secret, properties.signInConfirmValidity());
        } catch (PortalException e) {
            log.info("Sign-in for {} failed: {}", pending.user(), e.error());
            audit.record(new AuditEntry(pending.user(), pending.conversation().channelId(), null,
                    AuditAction.ACCOUNT_LINKED, AuditEntry.Outcome.FAILED, null, e.error().name()));
            return failed(e.error() == PortalError.UNAVAILABLE || e.error() == PortalError.RATE_LIMITED
                    ? LinkOutcome.Reason.PORTAL_UNAVAILABLE : LinkOutcome.Reason.REFUSED, pending.language());
        }
    }

    @Override
    public LinkOutcome confirm(String state, @Nullable String browserSecret) {
        Optional<LinkStore.Confirmable> confirmable = store.claimConfirmable(state, browserSecret);
        if (confirmable.isEmpty()) {
            return failed(LinkOutcome.Reason.UNKNOWN_STATE, Language.DEFAULT);
        }
        PendingLink pending = confirmable.get().link();
        SignInTokens tokens = confirmable.get().tokens();
        Optional<LinkOutcome> refused = refusal(confirmable.get());
        if (refused.isPresent()) {
            revokeQuietly(tokens);
            return refused.get();
        }
        String name = Objects.requireNonNull(pending.portalName());
        String username = Objects.requireNonNull(pending.portalUsername());
        store.link(pending.user(), Objects.requireNonNull(pending.portalUserId()), username, name, tokens);
        audit.record(new AuditEntry(pending.user(), pending.conversation().channelId(), username,
                AuditAction.ACCOUNT_LINKED, AuditEntry.Outcome.SUCCEEDED, pending.portalUserId(), null));
        signedIn.tell(pending.user(), pending.language(), name, username);
        String message = Messages.of(pending.language()).get("link.done", name);
        return new LinkOutcome.Linked(name, username, pending.language().locale(), message);
    }

    @Override
    public LinkOutcome cancel(String state, @Nullable String browserSecret) {
        Optional<LinkStore.Confirmable> confirmable = store.claimConfirmable(state, browserSecret);
        if (confirmable.isEmpty()) {
            return failed(LinkOutcome.Reason.UNKNOWN_STATE, Language.DEFAULT);
        }
        revokeQuietly(confirmable.get().tokens());
        return refusal(confirmable.get()).orElseGet(() -> failed(LinkOutcome.Reason.CANCELLED, confirmable.get().link().language()));
    }

    /** Why a confirmation taken out may not link: from another browser (recorded as an attempt), or too late. */
    private Optional<LinkOutcome> refusal(LinkStore.Confirmable confirmable) {
        PendingLink pending = confirmable.link();
        if (!confirmable.sameBrowser()) {
            log.warn("A sign-in confirmation came from a browser other than the one that signed in; refused and the sign-in ended");
            audit.record(new AuditEntry(pending.user(), pending.conversation().channelId(), pending.portalUsername(),
                    AuditAction.ACCOUNT_LINKED, AuditEntry.Outcome.REFUSED, pending.portalUserId(), "confirmation from another browser"));
            return Optional.of(failed(LinkOutcome.Reason.NOT_CONFIRMING_BROWSER, pending.language()));
        }
        if (confirmable.expired()) {
            return Optional.of(failed(LinkOutcome.Reason.EXPIRED, pending.language()));
        }
        return Optional.empty();
    }

    /**
     * The chat user as the person can recognise them: "the Slack user Anders Berg (U123) in the
     * workspace Nordkust (T456)". Each platform names a different thing beside the user: Teams
     * tells the team's name (in a team's channel), never the organisation's, whose id stands in
     * then; a Discord user is one on every server (the adapter's workspace id is a constant that
     * names nothing), so the server is where the link was asked for, if it was asked on one.
     */
    private static String identity(Messages messages, PendingLink pending) {
        ChatUser user = pending.user();
        DisplayNames names = pending.names();
        String who = named(names.user(), user.userId());
        String where = names.workspace();
        return switch (user.platform()) {
            case SLACK -> messages.get("link.identity.SLACK", who, named(where, user.workspaceId()));
            case TEAMS -> where == null ? messages.get("link.identity.TEAMS", who, user.workspaceId())
                    : messages.get("link.identity.TEAMS.team", who, where);
            case DISCORD -> where == null ? messages.get("link.identity.DISCORD.direct", who)
                    : messages.get("link.identity.DISCORD", who, where);
            case WEB -> messages.get("link.identity.WEB", who);
        };
    }

    private static String named(@Nullable String name, String id) {
        return name == null || name.equals(id) ? id : name + " (" + id + ")";
    }

    @Override
    public LinkOutcome decline(String state, String error) {
        Optional<LinkStore.Claimed> claimed = store.claim(state);
        claimed.map(LinkStore.Claimed::exchangedTokens).ifPresent(this::revokeQuietly);
        return failed(LinkOutcome.Reason.REFUSED, claimed.map(c -> c.link().language()).orElse(Language.DEFAULT));
    }

    @Override
    public Optional<LinkedAccount> find(ChatUser user) {
        return store.find(user).map(l -> new LinkedAccount(l.portalUserId(), l.portalUsername(), l.portalName(), l.scope(), l.linkedAt()));
    }

    @Override
    public UserTokens tokens(ChatUser user) {
        AccountLink link = store.find(user).orElseThrow(SignInRequired::new);
        return new LinkTokens(user, link.portalUserId(), store);
    }

    @Override
    public boolean unlink(ChatUser user) {
        return forget(user).isPresent();
    }

    /** Forgets the link and revokes its tokens, as {@link #unlink}; the portal's end-session URL when it gave an ID token. */
    @Override
    public Optional<URI> signOut(ChatUser user, URI afterSignOut) {
        return forget(user).map(LinkStore.Forgotten::idToken).flatMap(id -> signIn.endSessionUrl(id, afterSignOut));
    }

    private Optional<LinkStore.Forgotten> forget(ChatUser user) {
        Optional<LinkStore.Forgotten> forgotten = store.unlink(user);
        forgotten.ifPresent(f -> {
            revokeQuietly(f.refreshToken());
            revokeQuietly(f.accessToken());
            audit.record(new AuditEntry(user, null, f.portalUsername(), AuditAction.ACCOUNT_UNLINKED,
                    AuditEntry.Outcome.SUCCEEDED, null, null));
        });
        return forgotten;
    }

    @Override
    public int purgeExpiredSignIns() {
        LinkStore.Purged purged = store.purgePending();
        purged.unconfirmedTokens().forEach(this::revokeQuietly);
        return purged.count();
    }

    /** Revokes both tokens of a sign-in that will never be linked. */
    private void revokeQuietly(SignInTokens tokens) {
        revokeQuietly(tokens.refreshToken());
        revokeQuietly(tokens.accessToken());
    }

    private void revokeQuietly(@Nullable String token) {
        if (token == null) {
            return;
        }
        try {
            signIn.revoke(token);
        } catch (RuntimeException e) {
            // the link is forgotten either way; an unrevoked token expires on its own
            log.warn("Could not revoke a token at the portal: {}", e.toString());
        }
    }

    private static LinkOutcome failed(LinkOutcome.Reason reason, Language language) {
        String message = Messages.of(language).get("link.failed." + reason.name());
        return new LinkOutcome.Failed(reason, language.locale(), message);
    }

    /** The tokens of a sign-in being completed, before any link exists to refresh them. */
    private static final class FixedTokens implements UserTokens {
        /** Random, so nothing read with these tokens is ever cached for anyone else. */
        private final String cacheKey = "sign-in:" + java.util.UUID.randomUUID();
        private final String accessToken;

        FixedTokens(String accessToken) {
            this.accessToken = accessToken;
        }

        @Override
        public String cacheKey() {
            return cacheKey;
        }

        @Override
        public String accessToken() {
            return accessToken;
        }

        @Override
        public String refreshedAccessToken() {
            throw new PortalException(PortalError.NOT_SIGNED_IN, "a fresh sign-in token was refused");
        }

        @Override
        public String toString() {
            return "FixedTokens[***]";
        }
    }
}
