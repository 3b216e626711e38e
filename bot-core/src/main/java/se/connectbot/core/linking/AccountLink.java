package se.connectbot.core.linking;

import jakarta.persistence.Column;
import org.jspecify.annotations.Nullable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;

/**
 * A chat user's link to a portal user, with the access and refresh tokens encrypted (the
 * associated data is {@link #context()}, so a ciphertext only decrypts in its own row).
 */
@Entity
@Table(name = "account_link")
class AccountLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Platform platform;

    @Column(name = "workspace_id", nullable = false)
    private String workspaceId;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "portal_user_id", nullable = false)
    private String portalUserId;

    @Column(name = "portal_username", nullable = false)
    private String portalUsername;

    @Column(name = "portal_name", nullable = false)
    private String portalName;

    @Column(name = "refresh_token_enc")
    private String refreshTokenEncrypted;

    @Column(name = "access_token_enc", nullable = false)
    private String accessTokenEncrypted;

    @Column(name = "access_expires_at", nullable = false)
    private Instant accessExpiresAt;

    @Column(nullable = false)
    private String scope;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(name = "refreshed_at", nullable = false)
    private Instant refreshedAt;

    /** The newest OpenID Connect ID token, encrypted: the hint that ends the person's portal session at sign-out. */
    @Column(name = "id_token_enc")
    private @Nullable String idTokenEncrypted;

    /** Until when a refresh of the tokens is under way elsewhere (a lease, not a lock held over the network). */
    @Column(name = "refreshing_until")
    private @Nullable Instant refreshingUntil;

    protected AccountLink() {
    }

    AccountLink(ChatUser user, Instant now) {
        this.platform = user.platform();
        this.workspaceId = user.workspaceId();
        this.userId = user.userId();
        this.linkedAt = now;
        this.refreshedAt = now;
    }

    static String context(ChatUser user) {
        return "account_link|" + user.platform() + "|" + user.workspaceId() + "|" + user.userId();
    }

    String context() {
        return context(user());
    }

    ChatUser user() {
        return new ChatUser(platform, workspaceId, userId);
    }

    void portalUser(String newId, String username, String name) {
        this.portalUserId = newId;
        this.portalUsername = username;
        this.portalName = name;
    }

    void tokens(String accessEncrypted, String refreshEncrypted, Instant expiresAt, String newScope, Instant now) {
        this.accessTokenEncrypted = accessEncrypted;
        this.refreshTokenEncrypted = refreshEncrypted;
        this.accessExpiresAt = expiresAt;
        this.scope = newScope;
        this.refreshedAt = now;
    }

    /** Keeps the newest ID token; a refresh that brings none leaves the one before. */
    void idToken(@Nullable String encrypted) {
        if (encrypted != null) {
            this.idTokenEncrypted = encrypted;
        }
    }

    @Nullable String idTokenEncrypted() {
        return idTokenEncrypted;
    }

    String portalUserId() {
        return portalUserId;
    }

    String portalUsername() {
        return portalUsername;
    }

    String portalName() {
        return portalName;
    }

    String accessTokenEncrypted() {
        return accessTokenEncrypted;
    }

    String refreshTokenEncrypted() {
        return refreshTokenEncrypted;
    }

    Instant accessExpiresAt() {
        return accessExpiresAt;
    }

    /** Whether another caller is refreshing the tokens now (its lease not over). */
    boolean refreshing(Instant now) {
        return refreshingUntil != null && refreshingUntil.isAfter(now);
    }

    /** Takes (until), or gives back (null), the lease on refreshing the tokens. */
    void refreshingUntil(@Nullable Instant until) {
        this.refreshingUntil = until;
    }

    String scope() {
        return scope;
    }

    Instant linkedAt() {
        return linkedAt;
    }
}
