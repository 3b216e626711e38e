package se.connectbot.core.dialog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;

/**
 * A dialog's stored state. {@code trail} lists the steps the user answered, in order, so back
 * undoes the last one. The id is the portal's Idempotency-Key for the dialog's write.
 */
@Entity
@Table(name = "dialog")
class DialogRecord {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Platform platform;

    @Column(name = "workspace_id", nullable = false)
    private String workspaceId;

    @Column(name = "channel_id", nullable = false)
    private String channelId;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(nullable = false)
    private String type;

    @Column(nullable = false, columnDefinition = "text")
    private String state;

    @Column(nullable = false)
    private String trail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DialogStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DialogRecord() {
    }

    DialogRecord(UUID id, ChatUser user, ConversationRef where, String type, String state, Instant now) {
        this.id = id;
        this.platform = user.platform();
        this.workspaceId = user.workspaceId();
        this.channelId = where.channelId();
        this.userId = user.userId();
        this.type = type;
        this.state = state;
        this.trail = "";
        this.status = DialogStatus.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String type() {
        return type;
    }

    String state() {
        return state;
    }

    DialogStatus status() {
        return status;
    }

    boolean belongsTo(ChatUser user) {
        return platform == user.platform() && workspaceId.equals(user.workspaceId()) && userId.equals(user.userId());
    }

    boolean idleLongerThan(Duration idle, Instant now) {
        return updatedAt.plus(idle).isBefore(now);
    }

    List<String> trail() {
        return trail.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(trail.split(",")));
    }

    void update(String newState, List<String> newTrail, Instant now) {
        this.state = newState;
        this.trail = String.join(",", newTrail);
        this.updatedAt = now;
    }

    void finish(DialogStatus newStatus, Instant now) {
        this.status = newStatus;
        this.updatedAt = now;
    }
}
