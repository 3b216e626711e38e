package se.connectbot.core.linking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.DisplayNames;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.i18n.Language;

/**
 * A sign-in in progress: the OAuth state, the PKCE verifier (encrypted), who and where; after the
 * code was exchanged also the portal user and the tokens (encrypted), waiting for a confirmation.
 * Used once.
 */
@Entity
@Table(name = "pending_link")
class PendingLink {

    @Id
    private String state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Platform platform;

    @Column(name = "workspace_id", nullable = false)
    private String workspaceId;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "channel_id", nullable = false)
    private String channelId;

    @Column(nullable = false)
    private boolean shared;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language;

    @Column(name = "verifier_enc", nullable = false)
    private String verifierEncrypted;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "portal_user_id")
    private @Nullable String portalUserId;

    @Column(name = "portal_username")
    private @Nullable String portalUsername;

    @Column(name = "portal_name")
    private @Nullable String portalName;

    @Column(name = "access_token_enc")
    private @Nullable String accessTokenEncrypted;

    @Column(name = "id_token_enc")
    private @Nullable String idTokenEncrypted;

    @Column(name = "refresh_token_enc")
    private @Nullable String refreshTokenEncrypted;

    @Column(name = "access_expires_at")
    private @Nullable Instant accessExpiresAt;

    @Column(name = "token_scope")
    private @Nullable String tokenScope;

    /** SHA-256 (base64url) of the one-time secret the confirming browser holds in a cookie. */
    @Column(name = "browser_secret_hash")
    private @Nullable String browserSecretHash;

    @Column(name = "chat_user_name")
    private @Nullable String chatUserName;

    @Column(name = "chat_workspace_name")
    private @Nullable String chatWorkspaceName;

    protected PendingLink() {
    }

    PendingLink(String state, ChatUser user, ConversationRef where, DisplayNames names, Language language,
            String verifierEncrypted, Instant createdAt, Instant expiresAt) {
        this.state = state;
        this.chatUserName = names.user();
        this.chatWorkspaceName = names.workspace();
        this.platform = user.platform();
        this.workspaceId = user.workspaceId();
        this.userId = user.userId();
        this.channelId = where.channelId();
        this.shared = where.shared();
        this.language = language;
        this.verifierEncrypted = verifierEncrypted;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    String state() {
        return state;
    }

    ChatUser user() {
        return new ChatUser(platform, workspaceId, userId);
    }

    ConversationRef conversation() {
        return new ConversationRef(platform, workspaceId, channelId, shared);
    }

    DisplayNames names() {
        return new DisplayNames(chatUserName, chatWorkspaceName);
    }

    Language language() {
        return language;
    }

    String verifierEncrypted() {
        return verifierEncrypted;
    }

    /**
     * The same sign-in, its code exchanged, waiting until {@code until} for the person to confirm
     * it from the browser holding the secret whose hash is {@code secretHash}.
     */
    PendingLink exchanged(String newPortalUserId, String newPortalUsername, String newPortalName,
            String accessEncrypted, @Nullable String refreshEncrypted, @Nullable String idEncrypted, Instant accessExpires,
            String scope, String secretHash, Instant until) {
        PendingLink copy = new PendingLink(state, user(), conversation(), names(), language, verifierEncrypted, createdAt, until);
        copy.browserSecretHash = secretHash;
        copy.portalUserId = newPortalUserId;
        copy.portalUsername = newPortalUsername;
        copy.portalName = newPortalName;
        copy.accessTokenEncrypted = accessEncrypted;
        copy.refreshTokenEncrypted = refreshEncrypted;
        copy.idTokenEncrypted = idEncrypted;
        copy.accessExpiresAt = accessExpires;
        copy.tokenScope = scope;
        return copy;
    }

    /** Whether the code was exchanged and the link only waits for a confirmation. */
    boolean isExchanged() {
        return accessTokenEncrypted != null;
    }

    @Nullable String portalUserId() {
        return portalUserId;
    }

    @Nullable String portalUsername() {
        return portalUsername;
    }

    @Nullable String portalName() {
        return portalName;
    }

    @Nullable String accessTokenEncrypted() {
        return accessTokenEncrypted;
    }

    @Nullable String refreshTokenEncrypted() {
        return refreshTokenEncrypted;
    }

    @Nullable String idTokenEncrypted() {
        return idTokenEncrypted;
    }

    @Nullable Instant accessExpiresAt() {
        return accessExpiresAt;
    }

    @Nullable String tokenScope() {
        return tokenScope;
    }

    @Nullable String browserSecretHash() {
        return browserSecretHash;
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
