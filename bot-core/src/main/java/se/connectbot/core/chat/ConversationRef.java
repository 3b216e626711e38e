package se.connectbot.core.chat;

import java.util.Objects;

/**
 * Where a message was said: a channel, group chat or direct conversation on one platform.
 * {@code shared} tells whether people other than the user can read replies posted there.
 */
public record ConversationRef(Platform platform, String workspaceId, String channelId, boolean shared) {

    public ConversationRef {
        Objects.requireNonNull(platform, "platform");
        ChatUser.requireText(workspaceId, "workspaceId");
        ChatUser.requireText(channelId, "channelId");
    }
}
