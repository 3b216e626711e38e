package se.connectbot.slack.deliver;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where and how to answer one interaction: the workspace's bot token, the conversation and the
 * user, and what the interaction offers besides ({@code response_url}, {@code trigger_id} for a
 * modal, the thread). The token never appears in {@link #toString()}.
 *
 * @param shared whether others than the user read the conversation (a private reply there is ephemeral)
 */
public record ReplyTarget(
        @Nullable String enterpriseId,
        String teamId,
        String botToken,
        String channelId,
        String userId,
        boolean shared,
        @Nullable String responseUrl,
        @Nullable String triggerId,
        @Nullable String threadTs) {

    public ReplyTarget {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(userId, "userId");
    }

    public ReplyTarget withShared(boolean newShared) {
        return new ReplyTarget(enterpriseId, teamId, botToken, channelId, userId, newShared, responseUrl, triggerId, threadTs);
    }

    @Override
    public String toString() {
        return "ReplyTarget[team=" + teamId + ", channel=" + channelId + ", user=" + userId + ", shared=" + shared
                + ", responseUrl=" + (responseUrl != null) + ", trigger=" + (triggerId != null) + ", thread=" + threadTs + "]";
    }
}
