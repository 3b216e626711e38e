package se.connectbot.core.notice;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;

/** A claimed row of {@code outage_outbox}; {@code holder}: the token of the delivery that claimed it. Immutable. */
record OutboxRow(long id, long subscriptionId, ConversationRef conversation, String kind, String outageId, long version,
                 @Nullable NoticePayload payload, int attempts, boolean held, String holder) {

    static OutboxRow row(ResultSet rs, int rowNum) throws SQLException {
        String payload = rs.getString("outage");
        return new OutboxRow(rs.getLong("id"), rs.getLong("subscription_id"),
                new ConversationRef(Platform.valueOf(rs.getString("platform")), rs.getString("workspace_id"),
                        rs.getString("channel_id"), true),
                rs.getString("kind"), rs.getString("outage_id"), rs.getLong("outage_version"),
                payload == null ? null : SubscriptionStore.JSON.readValue(payload, NoticePayload.class), rs.getInt("attempts"),
                rs.getBoolean("held"), rs.getString("claimed_by"));
    }
}
