package se.connectbot.core.linking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.i18n.Language;

/** A sign-in in progress: the OAuth state, the PKCE verifier (encrypted), who and where. Used once. */
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

    protected PendingLink() {
    }

    PendingLink(String state, ChatUser user, ConversationRef where, Language language, String verifierEncrypted,
            Instant createdAt, Instant expiresAt) {
        this.state = state;
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

    Language language() {
        return language;
    }

    String verifierEncrypted() {
        return verifierEncrypted;
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
