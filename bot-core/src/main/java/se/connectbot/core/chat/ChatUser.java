package se.connectbot.core.chat;

import java.util.Objects;

/**
 * A person on a chat platform: unique by platform, workspace (Slack team, Teams tenant, Discord
 * guild or the web chat's realm) and the platform's user id. Account links are keyed by this.
 */
public record ChatUser(Platform platform, String workspaceId, String userId) {

    public ChatUser {
        Objects.requireNonNull(platform, "platform");
        requireText(workspaceId, "workspaceId");
        requireText(userId, "userId");
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank but was '" + value + "'");
        }
    }
}
