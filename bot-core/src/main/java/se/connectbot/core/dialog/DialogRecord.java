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
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;

/**
 * A dialog's stored state. {@code trail} lists the steps the user answered, in order, so back
 * undoes the last one. The id is the portal's Idempotency-Key for the dialog's write.
 * <p>
 * Read through JPA but written only by {@link DialogRepository}'s version-checked statements
 * ({@code @Immutable}: a copy changed in memory is never flushed behind the check's back). A
 * turn changes its copy, then saves it only if {@code version} is still the one it read.
 */
@Entity
@Immutable
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

    @Column(nullable = false)
    private long version;

    /** When the running attempt to submit began; null when none runs. */
    @Column(name = "attempt_at")
    private @Nullable Instant attemptAt;

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

    long version() {
        return version;
    }

    @Nullable Instant attemptAt() {
        return attemptAt;
    }

    /** Whether an attempt to submit began less than {@code timeout} ago (so its process may still be at it). */
    boolean attemptRunning(Duration timeout, Instant now) {
        return attemptAt != null && attemptAt.plus(timeout).isAfter(now);
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

    String trailText() {
        return trail;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    void update(String newState, List<String> newTrail, Instant now) {
        this.state = newState;
        this.trail = String.join(",", newTrail);
        this.updatedAt = now;
    }

    void finish(DialogStatus newStatus, Instant now) {
        this.status = newStatus;
        this.attemptAt = null;
        this.updatedAt = now;
    }

    /** Begins an attempt at the portal write; the dialog takes no other answer until it is done. */
    void submitting(Instant now) {
        this.status = DialogStatus.SUBMITTING;
        this.attemptAt = now;
        this.updatedAt = now;
    }

    /** The attempt failed without knowing whether the portal carried out the write: stays SUBMITTING. */
    void attemptEnded(Instant now) {
        this.attemptAt = null;
        this.updatedAt = now;
    }

    /** The portal refused the write (so nothing was written): the dialog takes answers again. */
    void reopen(Instant now) {
        finish(DialogStatus.ACTIVE, now);
    }

    /** After a save: the version the database now holds. */
    void saved() {
        this.version++;
    }
}
