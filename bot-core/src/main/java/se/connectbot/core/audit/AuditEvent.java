package se.connectbot.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import se.connectbot.core.chat.Platform;

/** A stored audit entry; written once, never changed. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Platform platform;

    @Column(name = "workspace_id", nullable = false)
    private String workspaceId;

    @Column(name = "chat_user_id", nullable = false)
    private String chatUserId;

    @Column(name = "channel_id")
    private String channelId;

    @Column(name = "portal_user")
    private String portalUser;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditEntry.Outcome outcome;

    private String subject;

    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(AuditEntry entry, Instant at) {
        this.occurredAt = at;
        this.platform = entry.chatUser().platform();
        this.workspaceId = entry.chatUser().workspaceId();
        this.chatUserId = entry.chatUser().userId();
        this.channelId = entry.channelId();
        this.portalUser = entry.portalUser();
        this.action = entry.action();
        this.outcome = entry.outcome();
        this.subject = entry.subject();
        this.detail = entry.detail();
    }

    AuditEntry entry() {
        return new AuditEntry(new se.connectbot.core.chat.ChatUser(platform, workspaceId, chatUserId), channelId,
                portalUser, action, outcome, subject, detail);
    }

    Instant occurredAt() {
        return occurredAt;
    }
}
