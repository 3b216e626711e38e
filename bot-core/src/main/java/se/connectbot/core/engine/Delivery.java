package se.connectbot.core.engine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A delivery the engine has taken on and, once answered, how to repeat the answer: the reply as
 * sealed JSON (for the retry window only), or a mark that a repeat gets a fresh sign-in prompt.
 */
@Entity
@Table(name = "delivery")
@IdClass(Delivery.Key.class)
class Delivery {

    @Id
    private String platform;

    @Id
    @Column(name = "workspace_id")
    private String workspaceId;

    @Id
    @Column(name = "delivery_id")
    private String deliveryId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(columnDefinition = "text")
    private @Nullable String reply;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private @Nullable Replay replay;

    protected Delivery() {
    }

    Instant receivedAt() {
        return receivedAt;
    }

    @Nullable String reply() {
        return reply;
    }

    @Nullable Instant answeredAt() {
        return answeredAt;
    }

    @Nullable Replay replay() {
        return replay;
    }

    /** The associated data that seals the reply to this row: a reply copied to another row does not open. */
    String context() {
        return context(platform, workspaceId, deliveryId);
    }

    static String context(String platform, String workspaceId, String deliveryId) {
        return platform + "|" + workspaceId + "|" + deliveryId;
    }

    /** The composite key. */
    static class Key implements Serializable {
        private String platform;
        private String workspaceId;
        private String deliveryId;

        protected Key() {
        }

        Key(String platform, String workspaceId, String deliveryId) {
            this.platform = platform;
            this.workspaceId = workspaceId;
            this.deliveryId = deliveryId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && platform.equals(k.platform) && workspaceId.equals(k.workspaceId)
                    && deliveryId.equals(k.deliveryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(platform, workspaceId, deliveryId);
        }
    }
}
