package se.connectbot.core.engine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A delivery the engine has taken on, with its reply once there is one (JSON). */
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
    private String reply;

    protected Delivery() {
    }

    Instant receivedAt() {
        return receivedAt;
    }

    String reply() {
        return reply;
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
